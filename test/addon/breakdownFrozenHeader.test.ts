// Scrolled down a breakdown, the frozen header row must name the figures below it: every section's
// metrics sit in the channel table's columns, built through the real add-on on the sample's campaigns.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { requestFrom, sheetValues } from "./scorecardSession";
import type { SelectionData } from "../../src/scorecard/request";

const CAMPAIGNS = sampleWorkbook().sheets.find((sheet) => sheet.name === "Campaign data")!.cells as (string | number)[][];
const [HEADER, ...ROWS] = CAMPAIGNS;
const at = (name: string) => HEADER.indexOf(name);

function buildBrokenDown(linkToSource: boolean) {
  const session = createSession({ workbook: sampleWorkbook() });
  session.select("Campaign data", `A1:G${CAMPAIGNS.length}`);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  session.runServerFunction("buildScorecard", [{ ...requestFrom(selection, { linkToSource }), breakdown: [at("Campaign"), at("Owner")] }]);
  const view = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
  return { view, values: sheetValues(session, "Channel scorecard") };
}

describe.each([false, true])("a scorecard broken down by campaign and owner (linked: %s)", (linked) => {
  const { view, values } = buildBrokenDown(linked);
  const frozenHeader = values[view.frozenRows - 1].map(String);
  const titles = values.flatMap((row, r) => (String(row[0]).startsWith("By ") ? [r] : []));

  it("freezes the header row and both label columns", () => {
    expect(frozenHeader.slice(0, 3)).toEqual(["Channel", "", "Spend"]);
    expect(view.frozenColumns).toBe(2);
  });

  it("has each section's metric headers under the same frozen header, and each figure under it", () => {
    expect(titles.map((r) => values[r][0])).toEqual(["By channel, then Campaign", "By Campaign", "By Owner"]);
    for (const title of titles) {
      const metrics = values[title + 1].map(String).slice(2);
      metrics.forEach((text, c) => {
        if (text !== "") expect(`${values[title][0]}: ${text}`).toBe(`${values[title][0]}: ${frozenHeader[c + 2]}`);
      });
      expect(metrics.filter(Boolean)).toEqual(expect.arrayContaining(["Spend", "Clicks", "Conversions", "Revenue", "CPA", "ROI", "Verdict"]));
    }
    // The owners' Total row: its spend and revenue under the frozen Spend and Revenue, equal to the data's sums.
    const ownersTotal = values.findIndex((row, r) => r > titles[2] && row[0] === "Total");
    const sum = (name: string) => ROWS.reduce((total, row) => total + (row[at(name)] as number), 0);
    expect(values[ownersTotal][frozenHeader.indexOf("Spend")]).toBeCloseTo(sum("Spend"), 9);
    expect(values[ownersTotal][frozenHeader.indexOf("Revenue")]).toBeCloseTo(sum("Revenue"), 9);
    expect(values[ownersTotal][frozenHeader.indexOf("CPA")]).toBeCloseTo(sum("Spend") / sum("Conversions"), 9);
    expect(values[ownersTotal][frozenHeader.indexOf("ROI")]).toBeCloseTo((sum("Revenue") - sum("Spend")) / sum("Spend"), 9);
  });

  it("keeps a campaign's CPA within its channel under the frozen CPA", () => {
    const twoLevel = titles[0];
    const facebook = values.findIndex((row, r) => r > twoLevel && row[0] === "Facebook");
    const spring = values.findIndex((row, r) => r > facebook && row[1] === "Spring sale");
    const row = ROWS.find((cells) => cells[at("Network")] === "Facebook" && cells[at("Campaign")] === "Spring sale")!;
    expect(values[spring][frozenHeader.indexOf("CPA")]).toBeCloseTo((row[at("Spend")] as number) / (row[at("Conversions")] as number), 9);
  });
});
