/**
 * The workbook the playground opens on: realistic channel data (with the impressions and clicks a
 * budget plan measures its rates on) and the worked examples, live.
 */
import type { RawCell, SheetFile, WorkbookFile } from "../runtime/contract";

const EUR = "[$€]#,##0";
const EUR_CENTS = "[$€]#,##0.00";
const COUNT = "#,##0";
const PERCENT = "0%";

const CHANNELS: [string, number, number, number, number, number, number, number][] = [
  // channel, budget, impressions, clicks, leads, bounce rate, conversions, revenue
  ["Facebook", 4200, 620_000, 9300, 7900, 0.48, 210, 12_600],
  ["Instagram", 3100, 480_000, 6200, 5300, 0.52, 120, 8400],
  ["LinkedIn", 2500, 95_000, 1900, 1700, 0.35, 85, 8500],
  ["X", 1200, 210_000, 2100, 1800, 0.61, 22, 990],
  ["TikTok", 2800, 900_000, 12_600, 10_400, 0.67, 95, 4750],
  ["YouTube", 3600, 350_000, 4200, 3500, 0.44, 70, 4000],
  ["Pinterest", 900, 150_000, 1800, 1500, 0.5, 30, 1800],
];

function channelData(): SheetFile {
  const header = ["Channel", "Budget", "Impressions", "Clicks", "Leads", "Bounce rate", "Conversions", "Revenue"];
  const rowFormats = [null, EUR, COUNT, COUNT, COUNT, PERCENT, COUNT, EUR];
  return {
    name: "Channel data",
    // Fresh rows each time: a caller that changes its copy must not change the next sample.
    cells: [header, ...CHANNELS.map((row) => [...row])],
    formats: [header.map(() => null), ...CHANNELS.map(() => [...rowFormats])],
    frozenRows: 1,
    metadata: [],
  };
}

// Campaigns that run on several networks, each with the teammate who owns it: to try "Break down by".
const CAMPAIGNS: [string, string, string, number, number, number, number][] = [
  // network, campaign, owner, spend, clicks, conversions, revenue
  ["Facebook", "Spring sale", "Camille", 1800, 4100, 96, 5760],
  ["Facebook", "Retargeting", "Hugo", 950, 2300, 71, 4260],
  ["Facebook", "Brand awareness", "Camille", 1450, 2900, 43, 2580],
  ["Instagram", "Spring sale", "Camille", 1600, 3500, 62, 4340],
  ["Instagram", "Influencer collab", "Inès", 1500, 2700, 58, 4060],
  ["LinkedIn", "Webinar", "Hugo", 1400, 1100, 52, 5200],
  ["LinkedIn", "B2B lead gen", "Hugo", 1100, 800, 33, 3300],
  ["TikTok", "Brand awareness", "Inès", 1700, 7800, 41, 2050],
  ["TikTok", "Spring sale", "Camille", 1100, 4800, 54, 2700],
  ["YouTube", "Brand awareness", "Inès", 2100, 2400, 28, 1680],
  ["YouTube", "Tutorial series", "Hugo", 1500, 1800, 42, 2320],
  ["Pinterest", "Spring sale", "Camille", 900, 1800, 30, 1800],
];

function campaignData(): SheetFile {
  const header = ["Network", "Campaign", "Owner", "Spend", "Clicks", "Conversions", "Revenue"];
  const rowFormats = [null, null, null, EUR, COUNT, COUNT, EUR];
  return {
    name: "Campaign data",
    cells: [header, ...CAMPAIGNS.map((row) => [...row])],
    formats: [header.map(() => null), ...CAMPAIGNS.map(() => [...rowFormats])],
    frozenRows: 1,
    metadata: [],
  };
}

/** Rows of label, value or formula, format: the source material's figures, recomputed live. */
const EXAMPLES: [string | null, RawCell, string | null][] = [
  ["Plan", null, null],
  ["Sales goal", 1000, COUNT],
  ["Conversion rate", 0.02, PERCENT],
  ["Click-through rate", 0.02, PERCENT],
  ["Cost per 1,000 impressions (CPM)", 2, EUR_CENTS],
  ["Visitors needed", "=VISITORS_NEEDED(B2, B3)", COUNT],
  ["Impressions needed", "=IMPRESSIONS_NEEDED(B2, B3, B4)", COUNT],
  ["Budget", "=BUDGET(B2, B3, B4, B5)", EUR],
  ["Cost per acquisition", "=CPA(B8, B2)", EUR_CENTS],
  [null, null, null],
  ["Contest", null, null],
  ["Contest cost", 1000, EUR],
  ["Customers won", 100, COUNT],
  ["Margin per customer", 100, EUR],
  ["ROI", "=ROI(B13*B14, B12)", PERCENT],
  ["ROAS", "=ROAS(B13*B14, B12)", '0.0"x"'],
  ["Customers to break even", "=BREAK_EVEN(B12, B14)", COUNT],
  [null, null, null],
  ["Funnel", null, null],
  ["People who see the post", 1000, COUNT],
  ["Share it (10%)", "=B20*10%", COUNT],
  ["Click (3%)", "=B20*3%", COUNT],
  ["Buy", 5, COUNT],
  ["Conversion rate of clicks", "=CONVERSION_RATE(B23, B22)", "0.0%"],
  [null, null, null],
  ["Plan, from the buyer's side", null, null],
  ["Clicks the ads must bring", "=CLICKS_NEEDED(B2, B3)", COUNT],
  ["Sales the budget buys", "=GOAL_FROM_BUDGET(B8, B3, B4, B5)", COUNT],
];

function workedExamples(): SheetFile {
  return {
    name: "Worked examples",
    cells: EXAMPLES.map(([label, value]) => [label, value]),
    formats: EXAMPLES.map(([, , format]) => [null, format]),
    frozenRows: 0,
    metadata: [],
  };
}

export function sampleWorkbook(): WorkbookFile {
  return {
    version: 1,
    locale: "en_US",
    sheets: [channelData(), workedExamples(), campaignData()],
    active: { sheet: "Channel data", range: "A1" },
  };
}
