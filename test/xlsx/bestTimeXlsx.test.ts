// The best time to post downloaded as .xlsx keeps its grey cells of too few posts and its colour
// scale, the grey first, as Sheets applies them.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { createSession } from "../../playground/runtime/session";
import type { BestTimeRequest, BestTimeResult } from "../../src/scorecard/prepareBestTime";
import type { SelectionData } from "../../src/scorecard/request";
import { workbookWith } from "../addon/scorecardSession";

type Formatting = { ref: string; rules: { type: string; priority: number; formulae?: string[]; cfvo?: { type: string; value?: number }[]; color?: { argb: string }[] }[] };

describe("the best time to post in the .xlsx", () => {
  it("has the grey rule, then a colour scale from the lowest to the highest value of 3 posts or more", async () => {
    // Monday 8:00 (5 January 2026 is a Monday): three posts of 30, 60 and 90 in revenue; Tuesday 9:00: one post of 500.
    const cells = [
      ["Post", "Publish time", "Revenue"],
      ["A", "2026-01-05 08:05:00", 30],
      ["B", "2026-01-12 08:40:00", 60],
      ["C", "2026-01-19 08:10:00", 90],
      ["D", "2026-01-06 09:00:00", 500],
      ["E", "2026-01-13 08:30:00", 12],
      ["F", "2026-01-20 08:30:00", 18],
      ["G", "2026-01-27 08:30:00", 15],
    ];
    const session = createSession({ workbook: workbookWith("Posts", cells) });
    session.select("Posts", "A1:C8");
    const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = session.runServerFunction("readSelection", []) as SelectionData;
    const request: BestTimeRequest = { headers, rows, mapping, source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader } };
    const result = session.runServerFunction("buildBestTime", [request]) as BestTimeResult;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookToXlsx(session.serialize(), session.view())) as unknown as ArrayBuffer);
    const formattings = (workbook.getWorksheet(result.sheetName) as unknown as { conditionalFormattings: Formatting[] }).conditionalFormattings;
    const [grey, scale] = formattings.map((formatting) => ({ ref: formatting.ref, ...formatting.rules[0] }));
    expect(grey).toMatchObject({ ref: "B5:Y11", type: "expression", priority: 1, formulae: ["AND(ISNUMBER(B5), B14<3)"] });
    // The cells of 3 posts or more: Monday 8:00, (30 + 60 + 90) / 3 = 60, and Tuesday 8:00, (12 + 18 + 15) / 3 = 15.
    expect(scale).toMatchObject({ ref: "B5:Y11", type: "colorScale", priority: 2, cfvo: [{ type: "num", value: 15 }, { type: "num", value: 60 }], color: [{ argb: "FFFFFFFF" }, { argb: "FF57BB8A" }] });
  }, 120_000);
});
