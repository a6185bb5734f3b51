// A linked scorecard of several sources, planned from a request whose rows follow one another per
// source: each part read where its sheet holds the column, or as the one name it holds; every
// part's rows checked against its sheet, as one source's are.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { prepareScorecard, type PlanContext } from "../../src/scorecard/prepare";
import type { ScorecardRequest, SourcePart } from "../../src/scorecard/request";

// Columns of the request: Channel, Network, Spend, Conversions, Campaign.
const HEADERS = ["Channel", "Network", "Spend (EUR)", "Conversions", "Campaign"];
const ROWS = [
  ["LinkedIn", "LinkedIn", 1840.22, 12, "Decision makers"],
  ["LinkedIn", "LinkedIn", 402.78, 4, "Retargeting"],
  ["TikTok", "TikTok", 748.8, 38, "Spark Ads"],
];
const part = (over: Partial<SourcePart>): SourcePart => ({
  sheetName: "linkedin", rangeA1: "A5:L7", firstRow: 5, firstColumn: 1, hasHeader: true, rowCount: 2,
  columns: [{ name: "LinkedIn" }, { name: "LinkedIn" }, 6, 11, 2], rate: null, ...over,
});
const PARTS = [part({}), part({ sheetName: "tiktok", rangeA1: "A1:K2", firstRow: 1, rowCount: 1, columns: [{ name: "TikTok" }, { name: "TikTok" }, 4, 8, 0], rate: 1.17 })];
const request = (parts: SourcePart[] = PARTS): ScorecardRequest => ({
  headers: HEADERS, rows: ROWS, mapping: { channel: 0, budget: 2, conversions: 3 }, breakdown: [4], source: null, parts,
  options: { targetRoi: null, chart: false, linkToSource: true },
});
const context = (campaigns: unknown[][] = [["Decision makers", "Retargeting"], ["Spark Ads"]]): PlanContext => ({
  sheetName: "Channel scorecard", sourceChannels: null, texts: addonTexts("en"), moneyFormat: "#,##0.00", builtOn: "2026-05-02",
  keys: { sheetName: "Keys", sourceLastRow: 0 },
  sourceParts: campaigns.map((cells, i) => ({ cells: new Map([[4, cells]]), lastRow: i === 0 ? 1000 : 500 })),
});

describe("a linked scorecard of two sources", () => {
  const { plan } = prepareScorecard(request(), context());

  it("adds each source's sum: its network compared once, its money at its rate, down to its sheet's last row", () => {
    // Broken down, the table's figures start in column C, after its two label columns.
    const spend = plan.cells[3][2] as string;
    expect(spend).toMatch(/^=IF\(AND\(.*"LinkedIn".*\), SUM\('linkedin'!\$G\$6:\$G\$1000\), 0\)\+IF\(AND\(.*"TikTok".*\), SUM\('tiktok'!\$E\$2:\$E\$500\), 0\)\*1\.17$/);
    expect(plan.cells[3][3]).toMatch(/SUM\('linkedin'!\$L\$6:\$L\$1000\), 0\)\+IF\(.*SUM\('tiktok'!\$I\$2:\$I\$500\), 0\)$/);
  });

  it("keys each source's campaigns in a block of its own, on its rows", () => {
    expect(plan.keys).toMatchObject({ sheetName: "Keys", lastRow: 1000, blocks: [{ firstRow: 6, firstColumn: 1 }, { firstRow: 2, firstColumn: 2 }] });
    expect(plan.keys!.blocks[0].formulas[0]).toContain("'linkedin'!$C$6:$C$1000");
    expect(plan.keys!.blocks[1].formulas[0]).toContain("'tiktok'!$A$2:$A$500");
  });

  it("checks Spend left out against every source, at its rate", () => {
    expect(plan.cells[0][4]).toBe("=ROUND(SUM('linkedin'!$G$6:$G)+SUM('tiktok'!$E$2:$E)*1.17-C6, 2)");
    expect(plan.cells[1][2]).toContain("from 'linkedin'!A5:L7, 'tiktok'!A1:K2");
  });

  it("refuses to link when a source's rows are no longer on its sheet", () => {
    expect(() => prepareScorecard(request(), context([["Decision makers", "Retargeting"], ["Spark Ads v2"]]))).toThrow("The rows no longer match A1:K2 in tiktok");
  });

  it("refuses parts that do not add up to the rows, or name a column badly", () => {
    expect(() => prepareScorecard(request([PARTS[0]]), context([["Decision makers", "Retargeting"]]))).toThrow("The rows no longer match");
    expect(() => prepareScorecard(request([PARTS[0], { ...PARTS[1], columns: [{ name: "TikTok" }, { name: "TikTok" }, -1, 8, 0] }]), context())).toThrow("The rows no longer match");
  });
});
