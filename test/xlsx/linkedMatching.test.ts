// The linked formulas (SUMIFS over the key sheet) on names that SUMIFS criteria would misread:
// wildcards, operators, a number and its text, regex characters, spaces, case and accents. The
// emulated Sheets and LibreOffice (recalculating the exported .xlsx) must both give the sums
// computed here by hand, for a channel alone and for a channel and campaign together.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { linkedBounceRate, linkedKeys, linkedSum, sourceTotal, type SourceLink } from "../../src/scorecard/linkedInput";
import { createSession } from "../addon/scorecardSession";
import { recalculatedByLibreOffice } from "../support/libreOffice";

// Campaign, channel, spend, leads, bounce rate: names as people and exports write them.
const ROWS: RawCell[][] = [
  ["Spring", "a*b", 100, 10, 0.5],
  ["Spring", "ab", 1, 20, 0.25],
  ["Summer", "aXXb", 2, 5, null],
  ["Spring", "a?c", 40, 8, 0.1],
  ["Spring", "abc", 3, 2, 0.9],
  ["Summer", ">5", 50, 4, 0.4],
  ["Summer", "5", 4, 1, null],
  ["Spring", "6", 5, 3, 0.2],
  ["Spring", "=x", 60, 6, 0.3],
  ["Summer", "x", 6, 2, 0.7],
  ["Spring", "~", 70, 7, 0.35],
  ["Spring", "~~", 7, 3, null],
  ["Summer", "916", 80, 9, 0.45],
  ["Summer", 916, 8, 1, 0.15],
  ["Spring", "a|b", 90, 12, 0.6],
  ["Spring", "a", 9, 4, 0.05],
  ["Summer", "x=y", 110, 11, 0.55],
  ["Spring", "y", 11, 1, null],
  ["Spring", "Côte", 120, 15, 0.65],
  ["Spring", "Cote", 12, 6, 0.75],
  ["Summer", " CÔTE\u00a0", 13, 2, 0.8],
  ["Summer", "a.b", 130, 13, 0.33],
  ["Summer", "a!sb", 14, 3, 0.66],
  ["Spring", "(x)", 140, 14, 0.12],
  ["Spring", "[x]", 15, 5, 0.22],
  ["Summer", "Face\tbook", 150, 20, 0.42],
  ["Spring", "face  BOOK", 16, 10, 0.52],
  ["Summer", "k", 160, 16, null],
  ["Spring", "<>", 17, 7, 0.27],
];
const FIRST_ROW = 2;
const LAST_ROW = FIRST_ROW + ROWS.length - 1;
const SOURCE = "Ads";
const KEYS = "Keys";

// The name as a marketer means it, by hand: tabs and no-break spaces are spaces, spaces trimmed and collapsed, case aside.
const meant = (name: RawCell) => String(name).replace(/[\t\u00a0]/g, " ").replace(/ +/g, " ").trim().toLowerCase();

interface Expected {
  spend: number;
  bounceRate: number | null;
}

function byHand(channel: string, campaign?: string): Expected {
  let spend = 0;
  let bounced = 0;
  let weight = 0;
  for (const [rowCampaign, name, rowSpend, leads, rate] of ROWS) {
    if (meant(name) !== meant(channel) || (campaign !== undefined && meant(rowCampaign) !== meant(campaign))) continue;
    spend += rowSpend as number;
    if (rate !== null) {
      bounced += (rate as number) * (leads as number);
      weight += leads as number;
    }
  }
  return { spend, bounceRate: weight > 0 ? bounced / weight : null };
}

const link: SourceLink = {
  sheetName: SOURCE,
  firstRow: FIRST_ROW,
  lastRow: LAST_ROW,
  columns: { channel: 2, budget: 3, leads: 4, bounceRate: 5 },
  breakdown: [1],
  rangeA1: `A1:E${LAST_ROW}`,
  keys: { sheetName: KEYS, matchColumns: [2, 1], lastRow: LAST_ROW + 10 },
};

// Each channel once, as the scorecard names it, and a few channel and campaign pairs.
const CHANNELS = [...new Map(ROWS.map((row) => [meant(row[1]), String(row[1]).replace(/[\t\u00a0]/g, " ").replace(/ +/g, " ").trim()])).values()];
const PAIRS: [string, string][] = [["a*b", "Spring"], ["a*b", "Summer"], ["Côte", "summer"], ["côte", "SPRING"], ["916", "Summer"], ["=x", "Spring"], ["face book", "Summer"]];

// Text a user types stays text: a leading ' as Sheets reads it.
const typed = (text: string) => `'${text}`;

describe("linked sums on names that criteria would misread", () => {
  let session: ReturnType<typeof createSession>;
  let recalculated: ExcelJS.Workbook;
  // The file without the key sheet's values, as the emulated Sheets would have cached them.
  let withoutKeyValues: Uint8Array;
  let keysRecalculated: ExcelJS.Workbook;
  const channelMatch = (row: number) => [{ column: 2, cell: `$A${row}` }];
  const pairMatch = (row: number) => [{ column: 2, cell: `$D${row}` }, { column: 1, cell: `$E${row}` }];

  beforeAll(async () => {
    session = createSession({
      workbook: {
        version: 1,
        locale: "en_US",
        sheets: [
          { name: SOURCE, cells: [["Campaign", "Channel", "Spend", "Leads", "Bounce rate"], ...ROWS.map((row) => row.map((cell) => (typeof cell === "string" ? typed(cell) : cell)))], formats: [], frozenRows: 1, metadata: [] },
          { name: KEYS, cells: [], formats: [], frozenRows: 0, metadata: [] },
          { name: "Sums", cells: [], formats: [], frozenRows: 0, metadata: [] },
        ],
        active: { sheet: SOURCE, range: "A1" },
      },
    });
    const keys = linkedKeys(link);
    session.editCells(KEYS, `A${keys.blocks[0].firstRow}`, [keys.blocks[0].formulas]);
    const rows = Math.max(CHANNELS.length, PAIRS.length);
    session.editCells(
      "Sums",
      "A1",
      Array.from({ length: rows }, (_, i) => {
        const channel = CHANNELS[i];
        const pair = PAIRS[i];
        return [
          ...(channel === undefined ? ["", "", ""] : [typed(channel), linkedSum(link, "budget", channelMatch(i + 1)), linkedBounceRate(link, channelMatch(i + 1))]),
          ...(pair === undefined ? ["", "", ""] : [typed(pair[0]), typed(pair[1]), linkedSum(link, "budget", pairMatch(i + 1))]),
        ];
      }),
    );
    // The source's total, over its open-ended column: what the check of spend left out compares with.
    session.editCell("Sums", "H1", `=${sourceTotal(link, "budget")}`);
    const bytes = await workbookToXlsx(session.serialize(), session.view());
    const view = session.view();
    withoutKeyValues = await workbookToXlsx(session.serialize(), { ...view, sheets: view.sheets.map((sheet) => (sheet.name === KEYS ? { ...sheet, cells: [] } : sheet)) });
    // Both files in one run of LibreOffice, which takes seconds to start.
    ({ names: recalculated, keys: keysRecalculated } = await recalculatedByLibreOffice({ names: bytes, keys: withoutKeyValues }));
  }, 180_000);

  const emulated = () => session.view().sheets.find((sheet) => sheet.name === "Sums")!.cells.map((row) => row.map((cell) => cell.value));
  const fromLibreOffice = () => {
    const sheet = recalculated.getWorksheet("Sums")!;
    return Array.from({ length: Math.max(CHANNELS.length, PAIRS.length) }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => {
        const value = sheet.getCell(r + 1, c + 1).value;
        const shown = value !== null && typeof value === "object" && "formula" in value ? value.result : value;
        return shown ?? "";
      }),
    );
  };

  it("writes each key column as one array formula that LibreOffice computes itself, cached values left out", async () => {
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(withoutKeyValues as unknown as ArrayBuffer);
    const keyColumns = ["A", "B", "C", "D"].map((column) => written.getWorksheet(KEYS)!.getCell(`${column}${FIRST_ROW}`).value);
    expect(keyColumns).toEqual(["A", "B", "C", "D"].map((column) => expect.objectContaining({ shareType: "array", ref: `${column}${FIRST_ROW}:${column}${link.keys.lastRow}` })));

    const keys = keysRecalculated.getWorksheet(KEYS)!;
    const shown = (row: number, column: number) => {
      const value = keys.getCell(row, column).value;
      return (value !== null && typeof value === "object" && "formula" in value ? value.result : value) ?? "";
    };
    const key = (name: RawCell) => `k${meant(name ?? "").replace(/!/g, "!e").replace(/\*/g, "!s").replace(/\?/g, "!q").replace(/~/g, "!t")}`;
    for (let row = FIRST_ROW; row <= link.keys.lastRow; row++) {
      const [campaign, channel, , leads, rate] = ROWS[row - FIRST_ROW] ?? [null, null, null, null, null];
      expect(shown(row, 1), `row ${row}`).toBe(key(channel));
      expect(shown(row, 2), `row ${row}`).toBe(key(campaign));
      if (rate === null) expect([shown(row, 3), shown(row, 4)], `row ${row}`).toEqual(["", ""]);
      else {
        expect(shown(row, 3), `row ${row}`).toBeCloseTo((rate as number) * (leads as number), 12);
        expect(shown(row, 4), `row ${row}`).toBe(leads);
      }
    }
  });

  it.each([
    ["the emulated Sheets", emulated],
    ["LibreOffice", fromLibreOffice],
  ])("%s sums each channel's own rows, whatever its name", (_, values) => {
    const table = values();
    CHANNELS.forEach((channel, r) => {
      const want = byHand(channel);
      expect(table[r][0], channel).toBe(channel);
      expect(table[r][1], channel).toBeCloseTo(want.spend, 9);
      if (want.bounceRate === null) expect(table[r][2], channel).toBe("");
      else expect(table[r][2], channel).toBeCloseTo(want.bounceRate, 12);
    });
    // Every row is counted once: the channels' spend adds up to the source's, which the open-ended total reads.
    const total = table.slice(0, CHANNELS.length).reduce((sum, row) => sum + (row[1] as number), 0);
    const source = ROWS.reduce((sum, row) => sum + (row[2] as number), 0);
    expect(total).toBeCloseTo(source, 9);
    expect(table[0][7]).toBeCloseTo(source, 9);
  });

  it.each([
    ["the emulated Sheets", emulated],
    ["LibreOffice", fromLibreOffice],
  ])("%s sums a channel and campaign pair over the rows that have both", (_, values) => {
    const table = values();
    PAIRS.forEach(([channel, campaign], r) => {
      expect(table[r][5], `${channel} / ${campaign}`).toBeCloseTo(byHand(channel, campaign).spend, 9);
    });
    expect(PAIRS.filter(([channel, campaign]) => byHand(channel, campaign).spend > 0).length).toBeGreaterThan(4);
  });
});
