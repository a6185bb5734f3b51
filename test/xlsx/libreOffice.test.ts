// The .xlsx files of the command line (--out) and of the playground (File > Download .xlsx),
// recalculated by LibreOffice: the same figures as in Sheets, no formula errors, literal text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import type { ColumnKey } from "../../src/scorecard/columns";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { buildFromSelection, createSession, sheetValues } from "../addon/scorecardSession";
import { cliDir, csvFile, run } from "../cli/runCli";
import { errorCells, recalculatedByLibreOffice, shownValue } from "../support/libreOffice";

const SCORECARD = "Channel scorecard";
const HEADER_ROW = 3;
const KEY_OF_HEADER = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key as ColumnKey]));
type Figures = Record<string, unknown>;

// A per-ad export as Meta writes it, with a campaign pasted from a spreadsheet and hand-typed names.
const PER_AD_EXPORT = [
  "Ad name,Channel,Amount spent,Leads,Bounce rate,Purchases,Revenue",
  "Spring carousel,Facebook,120.50,300,42%,6,540",
  "Spring video, facebook ,80,150,,3,210",
  "Retarget 1,Face  book,45.25,90,60%,2,95",
  "Retarget 2,Face book,30,40,,1,60",
  "Printemps,Côte d'Azur,700,300,45%,9,1100",
  "Été,Cote d'Azur,350,120,40%,2,180",
  "Promo week,-Retargeting,64.10,80,51%,2,150",
  "Links,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",20,10,,1,35",
  "Boost,+Promo,15.5,12,33%,0,0",
  "",
].join("\n");
const LITERAL_TEXTS = ["Facebook", "Face book", "Côte d'Azur", "Cote d'Azur", "-Retargeting", '=HYPERLINK("http://x","y")', "+Promo"];

/** Rows of the scorecard sheet as objects by column key, from the header to the totals row. */
function scorecardFigures(worksheet: ExcelJS.Worksheet): { channels: Figures[]; totals: Figures } {
  const header = worksheet.getRow(HEADER_ROW).values as unknown[];
  const rows: Figures[] = [];
  for (let r = HEADER_ROW + 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    if (row.getCell(1).value === null) break;
    rows.push(Object.fromEntries(header.flatMap((name, c) => (typeof name === "string" ? [[KEY_OF_HEADER.get(name) ?? name, shownValue(row.getCell(c).value)]] : []))));
  }
  return { channels: rows.slice(0, -1), totals: rows[rows.length - 1] };
}

function expectSameFigures(actual: Figures, expected: Figures): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [key, value] of Object.entries(expected)) {
    if (typeof value === "number") expect(actual[key], key).toBeCloseTo(value, 9);
    else expect(actual[key], key).toEqual(value);
  }
}

const figuresFromView = (values: (string | number | boolean)[][]) => {
  const header = values[HEADER_ROW - 1].map((name) => KEY_OF_HEADER.get(String(name)) ?? String(name));
  // The blank column between the table and the funnel beside it has no header, and no figures.
  const rows = values.slice(HEADER_ROW).filter((row) => row[0] !== "").map((row) =>
    Object.fromEntries(header.flatMap((key, c) => (key === "" ? [] : [[key, row[c] === "" ? null : row[c]]]))));
  return { channels: rows.slice(0, -1), totals: rows[rows.length - 1] };
};

describe("exported .xlsx files recalculated by LibreOffice", () => {
  const json: Record<string, { channels: Figures[]; totals: Figures }> = {};
  const written: Record<string, ExcelJS.Workbook> = {};
  let recalculated: Record<string, ExcelJS.Workbook>;
  let playground: ReturnType<typeof createSession>;

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    // Sheet names Excel refuses: over 31 characters, and its reserved "History".
    const exports = { long: "Meta Ads Manager export - November 2026 - all campaigns.csv", history: "History.csv" };
    await Promise.all(
      Object.entries(exports).map(async ([name, file]) => {
        const out = join(cliDir, `${name}.xlsx`);
        const { code, stdout, stderr } = await run("scorecard", csvFile(file, PER_AD_EXPORT), "--json", "--out", out);
        if (code !== 0) throw new Error(`social-roi exited with ${code}: ${stderr}`);
        json[name] = JSON.parse(stdout);
        files[name] = readFileSync(out);
      }),
    );
    playground = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(playground, "Channel data", "A1:H8", { targetRoi: 0.2 });
    // A spilled custom function: one formula, seven results.
    playground.editCell("Worked examples", "D2", "=CPA('Channel data'!B2:B8, 'Channel data'!G2:G8)");
    files.playground = await workbookToXlsx(playground.serialize(), playground.view());
    for (const [name, bytes] of Object.entries(files)) {
      written[name] = new ExcelJS.Workbook();
      await written[name].xlsx.load(bytes as unknown as ArrayBuffer);
    }
    recalculated = await recalculatedByLibreOffice(files);
  }, 180_000);

  it("gives the scorecard of --out the figures of --json, with no formula error anywhere", () => {
    for (const name of ["long", "history"]) {
      expect(errorCells(recalculated[name])).toEqual([]);
      const { channels, totals } = scorecardFigures(recalculated[name].getWorksheet(SCORECARD)!);
      expect(channels.map((channel) => channel.channel)).toEqual(LITERAL_TEXTS);
      channels.forEach((channel, i) => expectSameFigures(channel, json[name].channels[i]));
      expectSameFigures(totals, json[name].totals);
      // The check of spend left out: open-ended in Sheets, down to Excel's last row in the file.
      const check = recalculated[name].getWorksheet(SCORECARD)!.getCell("E1").value as ExcelJS.CellFormulaValue;
      expect(check.formula).toMatch(/!\$C\$2:\$C\$1048576\)/);
    }
  });

  it("gives the playground's scorecard its figures in the emulated Sheets", () => {
    expect(errorCells(recalculated.playground)).toEqual([]);
    const expected = figuresFromView(sheetValues(playground, SCORECARD));
    const { channels, totals } = scorecardFigures(recalculated.playground.getWorksheet(SCORECARD)!);
    expect(channels).toHaveLength(7);
    channels.forEach((channel, i) => expectSameFigures(channel, expected.channels[i]));
    expectSameFigures(totals, expected.totals);
  });

  it("writes text as text, without the apostrophe Sheets uses to keep it literal, and never as a formula", () => {
    const data = recalculated.long.worksheets[0];
    data.eachRow((row) => row.eachCell((cell) => expect(cell.formula, cell.address).toBeUndefined()));
    const channelCells = (data.getColumn(2).values as ExcelJS.CellValue[]).slice(2);
    expect(channelCells).toHaveLength(9);
    expect(channelCells).toEqual(expect.arrayContaining(["Côte d'Azur", "Cote d'Azur", "-Retargeting", '=HYPERLINK("http://x","y")', "+Promo"]));
    expect(channelCells.filter((text) => String(text).startsWith("'"))).toEqual([]);
    const scorecardNames = (recalculated.long.getWorksheet(SCORECARD)!.getColumn(1).values as ExcelJS.CellValue[]).slice(HEADER_ROW + 1, HEADER_ROW + 8);
    expect(scorecardNames).toEqual(LITERAL_TEXTS);
  });

  it("names sheets as Excel accepts them, formulas following the renamed sheets", () => {
    const long = written.long.worksheets.map((sheet) => sheet.name);
    // A linked scorecard's key sheet goes along: its formulas read the renamed data sheet too.
    expect(long).toEqual(["Meta Ads Manager export - Novem", "Social ROI keys", SCORECARD]);
    expect(written.history.worksheets.map((sheet) => sheet.name)).toEqual(["History (1)", "Social ROI keys", SCORECARD]);
    const budget = written.history.getWorksheet(SCORECARD)!.getCell("B4").value as ExcelJS.CellFormulaValue;
    // The sums read down to the data sheet's last row (a new sheet's 1,000), for rows added below the data, and never past it.
    expect(budget.formula).toMatch(/^SUMIFS\('History \(1\)'!\$C\$2:\$C\$1000, 'Social ROI keys'!\$A\$2:\$A\$1000, /);
  });

  it("writes a custom function over ranges as its native twin, an array formula over every cell it spills into", () => {
    const examples = sheetValues(playground, "Worked examples");
    const spill = examples.slice(1, 8).map((row) => row[3]);
    expect(spill.every((value) => typeof value === "number")).toBe(true);
    const twin = written.playground.getWorksheet("Worked examples")!.getCell("D2").value as ExcelJS.CellFormulaValue & { ref?: string };
    expect(twin.formula).not.toMatch(/\bCPA\(/);
    expect(twin.ref).toBe("D2:D8");
    const recomputed = recalculated.playground.getWorksheet("Worked examples")!;
    spill.forEach((value, i) => expect(shownValue(recomputed.getCell(`D${i + 2}`).value)).toBeCloseTo(value as number, 9));
    examples.forEach((row, r) => {
      const shown = shownValue(recomputed.getCell(`B${r + 1}`).value) ?? "";
      if (typeof row[1] === "number") expect(shown).toBeCloseTo(row[1], 9);
      else expect(shown).toEqual(row[1]);
    });
  });

  it("keeps the key sheet hidden, and the scorecard shown", () => {
    expect(written.playground.getWorksheet("Social ROI keys")!.state).toBe("hidden");
    expect(written.playground.getWorksheet(SCORECARD)!.state).toBe("visible");
    expect(errorCells(recalculated.playground)).toEqual([]);
  });

  it("keeps formats, bold header and totals, the header fill, the frozen header, widths and the ROI rules", () => {
    const sheet = written.playground.getWorksheet(SCORECARD)!;
    const header = sheet.getRow(HEADER_ROW);
    const cpaColumn = (header.values as unknown[]).indexOf("CPA");
    expect(sheet.getCell(HEADER_ROW + 1, cpaColumn).numFmt).toBe("[$€]#,##0.00");
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.getCell(HEADER_ROW + 8, 1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual("Pinterest".length);
    // The subtitle in E2 (after the target ROI and the margin) overflows to the right instead of widening its column.
    expect(sheet.getColumn(5).width).toBeLessThan(String(sheet.getCell("E2").value).length);
    const rules = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules.map((rule) => rule.rules[0].formulae[0])).toEqual(expect.arrayContaining([expect.stringMatching(/<0\)$/)]));
  });
});
