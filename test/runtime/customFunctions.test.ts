// The real dist/Code.js: its custom functions compute in the session's cells (whatever entry points it has).
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { channelWorkbook } from "./testBundle";

describe("the built add-on's custom functions in a session", () => {
  it("spill over a column, and show their errors' messages", () => {
    const opened = createSession({ workbook: channelWorkbook() });
    opened.editCell("Channel data", "G2", "=CPA(B2:B4, E2:E4)");
    opened.editCell("Channel data", "H2", "=ROI(F2:F4, B2:B4)");
    opened.editCell("Channel data", "I2", "=CPA(B2:B4, A2:A4)");
    const rows = opened.view().sheets[0].cells.slice(1);
    expect(rows.map((row) => row[6].value)).toEqual([25, 25, 125]);
    expect(rows.map((row) => row[7].value)).toEqual([4, 4.125, 1]);
    expect(rows[0][8]).toMatchObject({ value: "#ERROR!", error: "CPA: conversions in row 1 of the range is the text 'Facebook'; enter a number." });
  });

  it("compute the source material's figures", () => {
    const opened = createSession({ workbook: channelWorkbook() });
    opened.editCell("Channel data", "A6", "=BUDGET(1000, 2%, 2%, 2)");
    opened.editCell("Channel data", "A7", "=IMPRESSIONS_NEEDED(1000, 2%, 2%)");
    opened.editCell("Channel data", "A8", "=VISITORS_NEEDED(9, 0.9%)");
    const cells = opened.view().sheets[0].cells;
    expect([cells[5][0].value, cells[6][0].value, cells[7][0].value]).toEqual([5000, 2_500_000, 1000]);
  });
});
