// Building a scorecard costs a fixed number of service calls, whatever the number of channels.
// Past the sheet's first 1,000 rows the sizes tested here cross every threshold a build has; the
// benchmark (scripts/bench/scorecard.ts) reports the calls for 5,000 channels too.
import { describe, expect, it } from "vitest";
import { buildFromSelection, createSession, workbookWith } from "./scorecardSession";

function channelExport(channels: number) {
  const rows = Array.from({ length: channels }, (_, i) => [`Channel ${i + 1}`, 100 + i, 1000 + i, 0.4, 10 + (i % 7), 500 + 3 * i]);
  return workbookWith("Export", [["Channel", "Budget", "Leads", "Bounce rate", "Conversions", "Revenue"], ...rows]);
}

function callsToBuild(channels: number, linkToSource: boolean): Record<string, number> {
  const session = createSession({ workbook: channelExport(channels) });
  session.select("Export", `A1:F${channels + 1}`);
  session.resetServiceCalls();
  buildFromSelection(session, "Export", `A1:F${channels + 1}`, { linkToSource });
  return session.serviceCalls().byName;
}

describe("the service-call budget of a build", () => {
  it("is the same for 5 and for 1,100 channels, but for one call that grows the sheet past its 1,000 rows, and no more for twice as many", () => {
    const five = callsToBuild(5, false);
    const past1000Rows = callsToBuild(1100, false);
    expect(past1000Rows).toEqual({ ...five, "Sheet.insertRowsAfter": 1 });
    expect(callsToBuild(2200, false)).toEqual(past1000Rows);
    // 95 with the one call that reads how many columns the sheet has (a wide scorecard adds some),
    // the spreadsheet's time zone, the sheet's id in its mark, its warning-only protection, each
    // chart's header count, its size, axis and series options (its one range, once two) and the
    // widths of its data's columns beside the table, and the verdict note merged and wrapped across
    // its row, on a taller row.
    expect(Object.values(five).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(95);
    expect([five["Range.merge"], five["Range.setWrap"], five["Sheet.setRowHeight"]]).toEqual([1, 1, 1]);
    // One read of the selection, one write per kind of cell data.
    expect([five["Range.getValues"], five["Range.setValues"], five["Range.setNumberFormats"], five["Range.setFontWeights"]]).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it("is the same for a scorecard linked to its source, whose key sheet and check cost a fixed 25 calls more", () => {
    const five = callsToBuild(5, true);
    expect(callsToBuild(200, true)).toEqual(five);
    // Past 1,000 rows, the scorecard and the key sheet each grow once.
    expect(callsToBuild(1100, true)).toEqual({ ...five, "Sheet.insertRowsAfter": 2 });
    // The key sheet is also marked with its id, protected, trimmed to its columns and hidden.
    expect(Object.values(five).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(95 + 25);
    // The key sheet's formulas, for every source row, in one call.
    expect(five["Range.setFormulas"]).toBe(1);
  }, 120_000);
});
