// With --out, a scorecard of several exports whose rows are all data (no totals or summary rows) is
// live: each input cell adds a SUMIFS over each file's data sheet, money at its file's rate, and
// "Spend left out" covers every file. Built in the emulated Sheets as the command line builds it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFromSources } from "../../playground/cli/buildFromSources";
import { readCsv } from "../../src/import/csv";
import { LINKEDIN, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";

// Snapchat's file, copied by hand: spend in dollars, by campaign.
const SNAPCHAT = { spend: [502.8, 297.2], conversions: [19, 8], campaigns: ["Spring drop - Story Ads", "Spring drop - Collection"] };
const RATES = new Map([["GBP", 1.17], ["USD", 0.92]]);

function built(options: { breakdown?: number[] } = {}) {
  const files = ["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"].map((name) => ({ path: `${SOURCE_FIXTURES}${name}`, table: readCsv(readFileSync(`${SOURCE_FIXTURES}${name}`)) }));
  const build = buildFromSources(files, {
    map: "",
    networks: new Map(),
    keepChannel: new Set(),
    currencies: new Map(),
    rates: RATES,
    scorecard: { targetRoi: null },
    breakdown: (headers) => options.breakdown ?? [headers.indexOf("Campaign")],
    writesWorkbook: true,
  });
  const cells = () => build.session.usedCellReadings(build.result.sheetName);
  const row = (label: string) => cells().find((cells) => cells[0].value === label)!;
  const column = (header: string) => cells()[2].findIndex((cell) => cell.value === header);
  return { build, cells, row, column };
}

describe("a live scorecard of three exports", () => {
  it("sums each file's data sheet for its network, at its rate", () => {
    const { row, column, cells } = built();
    const spend = column("Spend");
    expect(row("LinkedIn")[spend].value).toBeCloseTo(sum(LINKEDIN.spend), 6);
    expect(row("TikTok")[spend].value).toBeCloseTo(sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(row("Snapchat")[spend].value).toBeCloseTo(sum(SNAPCHAT.spend) * 0.92, 6);
    expect(row("Total")[spend].value).toBeCloseTo(sum(LINKEDIN.spend) + sum(TIKTOK_GBP.spend) * 1.17 + sum(SNAPCHAT.spend) * 0.92, 6);
    // "Spend left out": nothing.
    expect(cells()[0][4].value).toBe(0);
  });

  it("writes formulas over each file's sheet, a SUMIFS per sheet where the file has the column, added", () => {
    const { build, cells } = built();
    // Broken down, the figures start in column C, after the two label columns.
    const formula = build.session.serialize().sheets.find((sheet) => sheet.name === build.result.sheetName)!.cells[3][2] as string;
    // The channel is each file's network on every row: compared once, outside the file's sum.
    expect(formula).toMatch(/^=IF\(AND\(.*"LinkedIn".*SUM\('linkedin-spring-eur'!\$G\$6:\$G\$1000\), 0\)\+IF\(AND\(.*"TikTok".*SUM\('tiktok-spring-gbp'!\$E\$2:\$E\$1000\), 0\)\*1\.17\+IF\(AND\(.*"Snapchat".*SUM\('snapchat-spring-usd'!\$F\$2:\$F\$1000\), 0\)\*0\.92$/);
    // A campaign row of the breakdown sums, in each sheet, the rows of that campaign.
    const sections = build.session.serialize().sheets.find((sheet) => sheet.name === build.result.sheetName)!.cells;
    // (The sheet keeps a name as literal text, behind Sheets' apostrophe.)
    const campaignRow = sections.find((cells) => cells?.[0] === "'Spring drop - Story Ads")!;
    expect(String(campaignRow[2])).toMatch(/^=SUMIFS\('linkedin-spring-eur'!\$G\$6:\$G\$1000, 'Social ROI keys'!.*\+SUMIFS\('tiktok-spring-gbp'!\$E\$2:\$E\$1000, 'Social ROI keys'!.*\*1\.17\+SUMIFS\('snapchat-spring-usd'!\$F\$2:\$F\$1000, 'Social ROI keys'!/);
    expect(cells()[3][0].value).toBe("LinkedIn");
    expect(build.notes.some((note) => note.includes("holds the values"))).toBe(false);
  });

  it("follows the data sheets: a figure changed in one file's sheet changes its network's row and the totals", () => {
    const { build, row, column } = built();
    // TikTok's first campaign now spent £700, not £640.
    build.session.editCells("tiktok-spring-gbp", "E2", [["700"]]);
    const spend = column("Spend");
    expect(row("TikTok")[spend].value).toBeCloseTo((700 + 360) * 1.17, 6);
    expect(row("Total")[spend].value).toBeCloseTo(sum(LINKEDIN.spend) + (700 + 360) * 1.17 + sum(SNAPCHAT.spend) * 0.92, 6);
  });

  it("counts a row added below a file's data in its network at once, the network naming every row of its file", () => {
    const { build, cells, row, column } = built();
    build.session.editCells("snapchat-spring-usd", "A4", [["Spring drop - New", "US", "New ad", "2026-04-01", "2026-04-30", "100"]]);
    // Every row of Snapchat's file is Snapchat's: its $100 count at the file's rate, and nothing is left out.
    expect(row("Snapchat")[column("Spend")].value).toBeCloseTo((sum(SNAPCHAT.spend) + 100) * 0.92, 6);
    expect(cells()[0][4].value).toBe(0);
  });

  it("breaks down by campaign across the files, each section row summed over the sheets that have it", () => {
    const { cells } = built();
    const section = cells().findIndex((cells) => cells[0].value === "By Campaign");
    const rows = cells().slice(section + 2);
    const spendOf = (campaign: string) => rows.find((cells) => cells[0].value === campaign)![2].value;
    expect(spendOf("Spring drop - Story Ads")).toBeCloseTo(SNAPCHAT.spend[0] * 0.92, 6);
    expect(spendOf("Spring sale - Decision makers")).toBeCloseTo(LINKEDIN.spend[0], 6);
  });
});
