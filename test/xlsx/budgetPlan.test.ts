// Budget plans written by npx social-roi plan --out and by the playground, recalculated by
// LibreOffice: the same figures as the emulated Sheets gave, worked out here by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { planTexts } from "../../src/i18n";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { cliDir, csvFile, run } from "../cli/runCli";
import { buildFromSelection } from "../addon/scorecardSession";
import { buildPlan, readPlan } from "../planner/planSession";
import { errorCells, recalculatedByLibreOffice, shownValue } from "../support/libreOffice";

const PLAN = "Budget plan";
const HEADER_ROW = 11;
const KEY_OF_HEADER = new Map(Object.entries(planTexts("en").sheet.headers).map(([key, header]) => [header, key]));
type Figures = Record<string, unknown>;

// Video and Search share their rates (CPA 10, caps 90 and 180), Display is cheaper (CPA 5, cap 200), Audio dearer (CPA 40).
const TIED_CSV = ["Channel,Spend,Impressions,Clicks,Conversions", "Audio,2000,400000,4000,50", "Video,450,45000,900,45", "Display,500,250000,2500,100", "Search,900,90000,1800,90", ""].join("\n");
const HAND_CSV = ["Channel,Spend,Impressions,Clicks,Conversions", "C,2000,400000,4000,50", "A,1000,100000,2000,100", "B,600,60000,1500,30", ""].join("\n");

/** The plan's channel rows and totals by column key, and the value right of each label in column A. */
function planFigures(worksheet: ExcelJS.Worksheet) {
  const header = worksheet.getRow(HEADER_ROW).values as unknown[];
  const rows: Figures[] = [];
  for (let r = HEADER_ROW + 1; r <= worksheet.rowCount && worksheet.getRow(r).getCell(1).value !== null; r++) {
    const row = worksheet.getRow(r);
    rows.push(Object.fromEntries(header.flatMap((name, c) => (typeof name === "string" ? [[KEY_OF_HEADER.get(name) ?? name, shownValue(row.getCell(c).value)]] : []))));
  }
  const labelled = (label: string) => {
    for (let r = 1; r <= worksheet.rowCount; r++) if (worksheet.getRow(r).getCell(1).value === label) return shownValue(worksheet.getRow(r).getCell(2).value);
    throw new Error(`no row labelled ${label}`);
  };
  return { channels: rows.slice(0, -1), totals: rows[rows.length - 1], labelled };
}


describe("budget plans recalculated by LibreOffice", () => {
  let recalculated: Record<string, ExcelJS.Workbook>;
  let playgroundPlan: ReturnType<typeof readPlan>;

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    const plans: Record<string, string[]> = {
      article: ["--goal", "1000", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2", "--value-per-sale", "10"],
      // 63 / 0.9% = 7,000 visitors and / 0.7% = 1,000,000 impressions, which doubles compute a hair above.
      noise: ["--goal", "63", "--conversion-rate", "0.9%", "--ctr", "0.7%", "--cpm", "3"],
      optimized: [csvFile("hand-xlsx.csv", HAND_CSV), "--goal", "300", "--optimize"],
      tied: [csvFile("tied-xlsx.csv", TIED_CSV), "--goal", "350", "--optimize"],
    };
    await Promise.all(
      Object.entries(plans).map(async ([name, args]) => {
        const out = join(cliDir, `plan-${name}.xlsx`);
        const { code, stderr } = await run("plan", ...args, "--out", out);
        if (code !== 0) throw new Error(`social-roi exited with ${code}: ${stderr}`);
        files[name] = readFileSync(out);
      }),
    );
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8");
    buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "optimized", cap: 2 });
    playgroundPlan = readPlan(session);
    files.playground = await workbookToXlsx(session.serialize(), session.view());
    recalculated = await recalculatedByLibreOffice(files);
  }, 180_000);

  it("computes the article's plan: 50,000 visitors, 2,500,000 impressions, 5,000, CPA 5, ROI 100%", () => {
    expect(errorCells(recalculated.article)).toEqual([]);
    const { channels, totals, labelled } = planFigures(recalculated.article.getWorksheet(PLAN)!);
    expect(channels[0]).toMatchObject({ channel: "All channels", visitors: 50_000, impressions: 2_500_000, budget: 5000, cpa: 5, revenue: 10_000, roi: 1 });
    expect(totals).toMatchObject({ sales: 1000, budget: 5000, cpa: 5 });
    expect(["Impressions", "Clicks", "Visitors", "Results"].map(labelled)).toEqual([2_500_000, 50_000, 50_000, 1000]);
    expect(labelled("CTR lower")).toBeCloseTo(5000 / 0.9, 6);
  });

  it("rounds up as the functions do, not fooled by binary noise", () => {
    const { channels } = planFigures(recalculated.noise.getWorksheet(PLAN)!);
    expect([channels[0].visitors, channels[0].impressions, channels[0].budget]).toEqual([7000, 1_000_000, 3000]);
  });

  it("re-optimizes with LibreOffice's own engine: A 200 and B 60 at their caps, C 40; 4,800 in all, 1,200.005 saved", () => {
    expect(errorCells(recalculated.optimized)).toEqual([]);
    const { channels, totals, labelled } = planFigures(recalculated.optimized.getWorksheet(PLAN)!);
    expect(channels.map((channel) => [channel.channel, channel.sales, channel.capBinds, channel.budget])).toEqual([
      ["C", 40, null, 1600],
      ["A", 200, "Cap binds", 2000],
      ["B", 60, "Cap binds", 1200],
    ]);
    expect(totals.budget).toBe(4800);
    expect(labelled("Saved for the same goal") as number).toBeCloseTo(1200.005, 9);
    expect(labelled("Goal within the caps?")).toBe("Yes");
  });

  it("fills channels of the same CPA in the order listed: Display 200, Video 90, Search the 60 left, Audio none", () => {
    expect(errorCells(recalculated.tied)).toEqual([]);
    const { channels, totals } = planFigures(recalculated.tied.getWorksheet(PLAN)!);
    // ExcelJS reads a formula's result of 0 as no result: the sales formula always gives a number.
    expect(channels.map((channel) => [channel.channel, channel.sales ?? 0])).toEqual([["Audio", 0], ["Video", 90], ["Display", 200], ["Search", 60]]);
    expect(totals.sales).toBe(350);
  });

  it("gives a plan on the scorecard's cells the figures of the emulated Sheets", () => {
    expect(errorCells(recalculated.playground)).toEqual([]);
    const { channels, totals } = planFigures(recalculated.playground.getWorksheet(PLAN)!);
    expect(channels).toHaveLength(7);
    channels.forEach((channel, i) => {
      const expected = playgroundPlan.channels[i];
      expect(channel.channel).toBe(expected.Channel);
      for (const [key, header] of [["sales", "Results"], ["impressions", "Impressions needed"], ["budget", "Budget"], ["ctr", "CTR"]]) {
        expect(channel[key], `${expected.Channel} ${key}`).toBeCloseTo(expected[header] as number, 9);
      }
    });
    expect(totals.budget).toBeCloseTo(playgroundPlan.totals.Budget as number, 9);
  });
});
