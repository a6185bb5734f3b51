// The plan's settings row (blended target, margin, the rule in a note) and the funnel beside the
// table, read from the plan without any fake.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { readChannelRows } from "../../src/scorecard/channelRows";
import type { Field } from "../../src/scorecard/fields";
import { planScorecard, type ScorecardInput } from "../../src/scorecard/plan";
import { chartCells } from "../support/chartCells";

function planOf(header: Field[], rows: (string | number)[][], options: Partial<ScorecardInput> = {}) {
  const mapping = Object.fromEntries(header.map((field, column) => [field, column]));
  const { rows: read } = readChannelRows(rows, mapping, 2);
  return planScorecard({
    sheetName: "Channel scorecard",
    channels: aggregateByChannel(read),
    present: new Set(header.filter((field) => field !== "channel" && field !== "budget")),
    source: null,
    targetRoi: null,
    margin: null,
    valuePerConversion: null,
    hourlyRate: null,
    targetCost: null,
    chart: true,
    moneyFormat: "[$€]#,##0.00",
    builtOn: "2026-12-01",
    texts: addonTexts("en"),
    ...options,
  });
}

const REVENUE: Field[] = ["channel", "budget", "conversions", "revenue"];
const ROWS = [["Facebook", 1000, 37, 1110], ["Instagram", 800, 50, 2000]];

describe("the settings row", () => {
  it("leaves a blank target ROI blank for a teammate to type in, and shows the margin at 100%", () => {
    const plan = planOf(REVENUE, ROWS);
    // Channel, Spend, Conversions, Revenue, CPA, ROI (F), ROAS, Verdict; totals on row 6.
    expect(plan.cells[1].slice(0, 4)).toEqual(["Target ROI", "", "Margin", 1]);
    expect(plan.numberFormats[1].slice(0, 4)).toEqual(["General", "0.0%", "General", "0.0%"]);
    expect(plan.cells[3][5]).toBe('=IFERROR((D4*IF(ISNUMBER($D$2), $D$2, 1)-B4)/B4, "")');
    expect(plan.cells[3][6]).toBe('=IFERROR(D4/B4, "")');
  });

  it("says the rule in a note, in English and in French, naming the cells to type in", () => {
    expect(planOf(REVENUE, ROWS).cells[1][5]).toBe(
      "Verdict: Scale up at or above the target ROI, Cut below 0%, Keep between. With no target typed in B2, each row's target is the " +
        "blended ROI of the rest of its table, every other row together (0% when that is a loss), so that a row holding most of the spend " +
        "is never judged against itself. ROI counts revenue at the margin in D2; ROAS is revenue / cost, before margin.",
    );
    const french = planOf(REVENUE, ROWS, { texts: addonTexts("fr"), targetRoi: 0.2, margin: 0.4 });
    expect(french.cells[1].slice(0, 4)).toEqual(["ROI cible", 0.2, "Marge", 0.4]);
    expect(french.cells[1][5]).toBe(
      "Décision\u00a0: Augmenter si le ROI atteint la cible, Arrêter sous 0\u00a0%, Maintenir entre les deux. " +
        "Le ROI compte le chiffre d’affaires à la marge indiquée en D2\u00a0; le ROAS est chiffre d’affaires / coût, avant marge.",
    );
  });

  it("has no margin without ROI: the cost verdict keeps its own target", () => {
    const plan = planOf(["channel", "budget", "clicks", "conversions"], [["Search", 2400, 3100, 96]]);
    expect(plan.cells[1].slice(0, 2)).toEqual(["Target CPA", ""]);
    expect(plan.cells[1]).not.toContain("Margin");
  });
});

describe("the funnel beside the table", () => {
  const ENGAGED: Field[] = ["channel", "budget", "impressions", "reactions", "comments", "shares", "clicks", "conversions"];
  const plan = planOf(ENGAGED, [["TikTok", 980, 305_000, 4410, 260, 0, 1430, 4]]);
  const header = plan.cells[2];
  const left = header.indexOf("Funnel");

  it("sits one blank column right of the table, with the total of each stage the data has and its rate", () => {
    expect(header[left - 1]).toBe("");
    expect(header.slice(left, left + 3)).toEqual(["Funnel", "Total", "Of the stage before"]);
    const letter = (key: string) => String.fromCharCode(65 + header.indexOf(key));
    const totals = String(plan.layout.totalsRow);
    const rows = plan.cells.slice(3, 7).map((row) => row.slice(left, left + 3));
    const total = String.fromCharCode(65 + left + 1);
    expect(rows).toEqual([
      ["Impressions", `=${letter("Impressions")}${totals}`, ""],
      ["Engagements", `=${letter("Engagements")}${totals}`, `=IFERROR(${total}5/${total}4, "")`],
      ["Clicks", `=${letter("Clicks")}${totals}`, `=IFERROR(${total}6/${total}5, "")`],
      ["Conversions", `=${letter("Conversions")}${totals}`, `=IFERROR(${total}7/${total}6, "")`],
    ]);
    // One channel: the funnel goes below the totals row, on rows of their own.
    expect(plan.cells).toHaveLength(7);
    expect(plan.cells[6][0]).toBe("");
  });

  it("sums likes, comments and shares into engagements with the same formula on channel rows and totals", () => {
    const [likes, comments, shares] = ["Likes", "Comments", "Shares"].map((name) => String.fromCharCode(65 + header.indexOf(name)));
    const engagements = header.indexOf("Engagements");
    expect(plan.cells[3][engagements]).toBe(`=${likes}4+${comments}4+${shares}4`);
    expect(plan.cells[4][engagements]).toBe(`=${likes}5+${comments}5+${shares}5`);
  });

  it("charts the funnel's stages beside the ROI or cost chart, below the table, from the funnel's columns", () => {
    const [costChart, funnelChart] = plan.charts;
    // One channel: the totals on row 5, a blank row, then the charts.
    expect(costChart).toMatchObject({ anchorRow: 7, anchorColumn: 1 });
    expect(funnelChart).toMatchObject({ title: "Funnel, all channels", anchorRow: 7 });
    expect(funnelChart.anchorColumn).toBeGreaterThan(costChart.anchorColumn);
    expect(chartCells(plan.cells, funnelChart)).toEqual(plan.cells.slice(3, 7).map((row) => row.slice(left, left + 2)));
  });

  it("is left out with fewer than three stages, which the CTR column already shows", () => {
    const plain = planOf(["channel", "budget", "impressions", "clicks"], [["Display", 830, 410_000, 5200]]);
    expect(plain.cells[2]).not.toContain("Funnel");
    expect(plain.charts).toHaveLength(1);
  });
});

describe("the funnel's column widths", () => {
  it("fit its texts, after a blank column of the default width", () => {
    const plan = planOf(["channel", "budget", "impressions", "clicks", "leads", "conversions"], [["LinkedIn", 2500, 95_000, 1900, 1700, 85]]);
    const left = plan.cells[2].indexOf("Funnel");
    // "Of the stage before": 19 characters of about 8 px, and the cell's padding, in steps of 10 px.
    expect(plan.columnWidths.slice(left - 1, left + 3)).toEqual([100, 110, 100, 170]);
  });
});
