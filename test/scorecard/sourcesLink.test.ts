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

describe("a linked scorecard of two sources of which only one has revenue", () => {
  // Columns of the request: Channel, Network, Spend, Conversions, Revenue (TikTok's alone), Campaign.
  const headers = ["Channel", "Network", "Spend (EUR)", "Conversions", "Revenue (EUR)", "Campaign"];
  const rows = [
    ["LinkedIn", "LinkedIn", 1840.22, 12, "", "Decision makers"],
    ["LinkedIn", "LinkedIn", 402.78, 4, "", "Retargeting"],
    ["TikTok", "TikTok", 748.8, 38, 2667.6, "Spark Ads"],
  ];
  const parts = [
    part({ columns: [{ name: "LinkedIn" }, { name: "LinkedIn" }, 6, 11, null, 2] }),
    part({ sheetName: "tiktok", rangeA1: "A1:K2", firstRow: 1, rowCount: 1, columns: [{ name: "TikTok" }, { name: "TikTok" }, 4, 8, 10, 0], rate: 1.17 }),
  ];
  const partialRequest = (over: Partial<ScorecardRequest> = {}): ScorecardRequest => ({
    headers, rows, mapping: { channel: 0, budget: 2, conversions: 3, revenue: 4 }, breakdown: [5], source: null, parts,
    partial: [{ field: "revenue", sources: ["tiktok.csv"], networks: ["TikTok"] }],
    options: { targetRoi: null, chart: false, linkToSource: true },
    ...over,
  });
  const campaigns = () => context().sourceParts!.map((at) => ({ ...at, cells: new Map([[5, [...at.cells.get(4)!]]]) }));
  const { plan } = prepareScorecard(partialRequest(), { ...context(), sourceParts: campaigns() });
  const header = plan.cells[2];
  const cell = (row: number, name: string) => plan.cells[row][header.indexOf(name)] as string;

  it("sums revenue on TikTok's sheet alone, blank where TikTok has no matching row, never a SUMIFS of LinkedIn's", () => {
    const revenue = cell(3, "Revenue");
    expect(revenue).toMatch(/^=IF\(IF\(AND\(.*"TikTok".*\), COUNT\('tiktok'!\$E\$2:\$E\$500\), 0\)=0, "", IF\(AND\(.*"TikTok".*\), SUM\('tiktok'!\$K\$2:\$K\$500\), 0\)\*1\.17\)$/);
    expect(revenue).not.toContain("'linkedin'");
    // The spend with revenue: TikTok's spend, at its rate.
    expect(cell(3, "Spend with revenue")).toMatch(/, "", IF\(AND\(.*"TikTok".*\), SUM\('tiktok'!\$E\$2:\$E\$500\), 0\)\*1\.17\)$/);
    // ROI and ROAS over it.
    const [spendWith, revenueColumn] = ["Spend with revenue", "Revenue"].map((name) => String.fromCharCode(65 + header.indexOf(name)));
    expect(cell(3, "ROI")).toBe(`=IFERROR((${revenueColumn}4*IF(ISNUMBER($D$2), $D$2, 1)-${spendWith}4)/${spendWith}4, "")`);
  });

  it("counts a campaign's rows of TikTok with COUNTIFS over its keys, in the breakdown by campaign", () => {
    const section = plan.layout.sections[1];
    const revenue = plan.cells[section.firstRow - 1][header.indexOf("Revenue")] as string;
    expect(revenue).toMatch(/^=IF\(COUNTIFS\('Keys'!\$B\$2:\$B\$500, .*\)=0, "", SUMIFS\('tiktok'!\$K\$2:\$K\$500, 'Keys'!\$B\$2:\$B\$500, /);
    expect(revenue).not.toContain("'linkedin'");
  });

  it("links a rate only some sources have (a bounce rate, weighed by sessions), read on their sheets alone", () => {
    const withBounce = partialRequest({
      headers: [...headers, "Bounce rate", "Sessions"],
      rows: rows.map((row, i) => [...row, i < 2 ? "" : 0.41, 300 + i]),
      mapping: { channel: 0, budget: 2, conversions: 3, revenue: 4, bounceRate: 6, visits: 7 },
      parts: [{ ...parts[0], columns: [...parts[0].columns, null, 7] }, { ...parts[1], columns: [...parts[1].columns, 9, 3] }],
    });
    const { plan: linked } = prepareScorecard(withBounce, { ...context(), sourceParts: campaigns() });
    const bounce = linked.cells[3][linked.cells[2].indexOf("Bounce rate")] as string;
    // Bounced sessions and sessions weighed on the key sheet, TikTok's rows only.
    expect(bounce).toMatch(/^=IFERROR\(IF\(.*"TikTok".*SUM\('Keys'!\$C\$2:\$C\$500\), 0\)\/IF\(.*"TikTok".*SUM\('Keys'!\$D\$2:\$D\$500\), 0\), ""\)$/);
    expect(bounce).not.toContain('"LinkedIn"');
    expect(linked.keys!.blocks[1].formulas.join(" ")).toContain("'tiktok'!$J$2:$J$500");
  });

  it("refuses other costs beside a field only some sources have: the spend with revenue would leave them out", () => {
    const withOtherCosts = partialRequest({
      headers: [...headers, "Other costs"],
      rows: rows.map((row) => [...row, 50]),
      mapping: { channel: 0, budget: 2, conversions: 3, revenue: 4, otherCosts: 6 },
      parts: parts.map((at) => ({ ...at, columns: [...at.columns, 3] })),
    });
    expect(() => prepareScorecard(withOtherCosts, { ...context(), sourceParts: campaigns() })).toThrow(/^Only some sources have revenue, whose ratios are over the spend of the rows that have them/);
  });
});
