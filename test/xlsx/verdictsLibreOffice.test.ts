// The verdicts of the command line's --out, recalculated by LibreOffice: each row judged against
// the rest of its table, no verdict on a Total row, and none flipped by binary noise, as in Sheets.
// Expected verdicts are worked out from the fixtures' figures here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDir, csvFile, run } from "../cli/runCli";
import { errorCells, recalculatedByLibreOffice, shownValue } from "../support/libreOffice";

const SCORECARD = "Channel scorecard";

// A Meta export by platform, age and gender, every row at 4.10 a purchase: CPAs equal but for binary noise.
const BY_AGE_AND_GENDER = [
  "Platform,Age,Gender,Amount spent (EUR),Purchases",
  "Facebook,18-24,female,12.30,3",
  "Facebook,18-24,male,8.20,2",
  "Facebook,25-34,female,41.00,10",
  "Facebook,25-34,male,24.60,6",
  "Instagram,18-24,female,16.40,4",
  "Instagram,25-34,male,4.10,1",
  "Instagram,35-44,female,28.70,7",
  "Instagram,45-54,male,12.30,3",
  "",
].join("\n");

// A Google Ads report by network: Display takes 95% of the spend at ten times Search's CPA.
const BY_NETWORK = ["Network,Cost,Impr.,Clicks,Conversions", "Google Search,300.00,9800,610,30", "Search partners,200.00,7100,240,16", "Display Network,9500.00,2410000,11900,95", ""].join(
  "\n",
);

/** Each table's rows (label, verdict) and its Total row's verdict, as the recalculated sheet shows them. */
function verdictTables(worksheet: ExcelJS.Worksheet) {
  const text = (r: number, c: number) => String(shownValue(worksheet.getRow(r).getCell(c).value) ?? "");
  const tables: { rows: [string, string][]; total: string }[] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const header = worksheet.getRow(r).values as unknown[];
    const verdict = header.indexOf("Verdict");
    if (verdict < 0) continue;
    const twoLevel = header[2] !== "Spend";
    const rows: [string, string][] = [];
    let row = r + 1;
    for (; text(row, 1) !== "Total"; row++) rows.push([text(row, 1) || (twoLevel ? text(row, 2) : ""), text(row, verdict)]);
    tables.push({ rows, total: text(row, verdict) });
  }
  return tables;
}

describe("verdicts in an --out file recalculated by LibreOffice", () => {
  let recalculated: Record<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    const builds = {
      ageGender: [csvFile("meta-age-gender.csv", BY_AGE_AND_GENDER), "--breakdown", "Age,Gender"],
      network: [csvFile("google-ads-network.csv", BY_NETWORK)],
    };
    await Promise.all(
      Object.entries(builds).map(async ([name, args]) => {
        const out = join(cliDir, `verdicts-${name}.xlsx`);
        const { code, stderr } = await run("scorecard", ...args, "--out", out);
        if (code !== 0) throw new Error(`social-roi exited with ${code}: ${stderr}`);
        files[name] = readFileSync(out);
      }),
    );
    recalculated = await recalculatedByLibreOffice(files);
  }, 180_000);

  it("scales up every row of one CPA in every table, and gives no Total row a verdict", () => {
    expect(errorCells(recalculated.ageGender)).toEqual([]);
    const tables = verdictTables(recalculated.ageGender.getWorksheet(SCORECARD)!);
    // The channel table, then by channel and age, by age, by gender.
    // Two channels; their subtotals and ages (2 + 4); four ages; two genders.
    expect(tables.map((table) => table.rows.length)).toEqual([2, 8, 4, 2]);
    for (const table of tables) {
      expect(new Set(table.rows.map(([, verdict]) => verdict))).toEqual(new Set(["Scale up"]));
      expect(table.total).toBe("");
    }
  });

  it("cuts the network with 95% of the spend at ten times the others' CPA", () => {
    const rows = BY_NETWORK.trim().split("\n").slice(1).map((line) => line.split(","));
    const spend = rows.reduce((total, row) => total + Number(row[1]), 0);
    const conversions = rows.reduce((total, row) => total + Number(row[4]), 0);
    const expected = rows.map(([network, cost, , , results]): [string, string] => {
      const cpa = Number(cost) / Number(results);
      const target = (spend - Number(cost)) / (conversions - Number(results));
      return [network, cpa <= target ? "Scale up" : cpa > 1.5 * target ? "Cut" : "Keep"];
    });
    expect(expected).toEqual([["Google Search", "Scale up"], ["Search partners", "Scale up"], ["Display Network", "Cut"]]);
    const [channelTable] = verdictTables(recalculated.network.getWorksheet(SCORECARD)!);
    expect(channelTable).toEqual({ rows: expected, total: "" });
  });
});
