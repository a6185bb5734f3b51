/**
 * The export fixtures and their figures, copied by hand from each file (one entry per data row,
 * totals rows left out): the tests sum them by channel themselves, independently of the import.
 */
export interface ExportRow {
  channel: string;
  spend: number | null;
  conversions?: number | null;
  revenue?: number | null;
  leads?: number | null;
  clicks?: number | null;
}

export interface ExportCase {
  file: string;
  /** What the export is, for the test's name. */
  shape: string;
  rows: ExportRow[];
  /** Lines the command line must print on standard error. */
  notes: string[];
}

export const FIXTURES = new URL("fixtures/", import.meta.url).pathname;

export const EXPORTS: ExportCase[] = [
  {
    file: "google-ads-campaigns.csv",
    shape: "a Google Ads campaign report (title lines, Impr., Conv. value, --, Total: rows)",
    rows: [
      { channel: "Brand - Search", spend: 1200.5, conversions: 96, revenue: 9840, clicks: 1310 },
      { channel: "Generic - Search", spend: 3591.12, conversions: 71.5, revenue: 7437.25, clicks: 2204 },
      { channel: "Competitor - Search", spend: 396.68, conversions: 4, revenue: null, clicks: 188 },
      { channel: "Remarketing - Display", spend: 574.82, conversions: 18.25, revenue: 1642.5, clicks: 1402 },
      { channel: "Prospecting - Display", spend: 862.4, conversions: 6, revenue: 540, clicks: 980 },
      { channel: "Brand - YouTube", spend: 783.9, conversions: 3, revenue: 285, clicks: 402 },
    ],
    notes: [
      "Headers found in row 3, below 2 title lines.",
      "Currency: USD, from the column “Currency code” (row 4).",
      "“Budget” is a budget per day: left out, as pacing compares the period’s spend with the period’s budget.",
      "4 totals rows skipped, so nothing is counted twice (rows 10, 11, 12, 13).",
    ],
  },
  {
    file: "meta-ads-manager.csv",
    shape: "a Meta Ads Manager export (Amount spent (EUR), Results, Website purchases, Reach, an unlabeled summary row)",
    rows: [
      { channel: "Black Friday - Prospecting", spend: 1834.27, conversions: 142, revenue: 9123.4, clicks: 2011 },
      { channel: "Black Friday - Prospecting", spend: 902.15, conversions: 51, revenue: 3488.9, clicks: 770 },
      { channel: "Retargeting - Cart", spend: 645.8, conversions: 97, revenue: 7310.25, clicks: 1205 },
      { channel: "Lead magnet - Guide", spend: 511.05, conversions: null, revenue: null, clicks: 684 },
      { channel: "Retargeting - Cart", spend: 0, conversions: null, revenue: null, clicks: 0 },
    ],
    notes: [
      "Conversions: “Website purchases” rather than “Results”.",
      "No channel column: each campaign (“Campaign name”) is a row of the scorecard.",
      "Currency: EUR, from the header “Amount spent (EUR)”.",
      "1 totals row skipped, so nothing is counted twice (rows 2).",
    ],
  },
  {
    file: "tiktok-excel-utf16.csv",
    shape: "a TikTok \"Excel CSV\" (UTF-16 LE with BOM, tab separated)",
    rows: [
      { channel: "Holiday UGC - Conversions", spend: 1204.5, conversions: 88, revenue: 6534.2, clicks: 3120 },
      { channel: "Spark Ads - Creators", spend: 842.1, conversions: 51, revenue: 3927, clicks: 2488 },
      { channel: "Prospecting - Broad", spend: 2118.75, conversions: 60, revenue: 4410, clicks: 4904 },
      { channel: "Retargeting - Video viewers", spend: 365, conversions: 33, revenue: 2607, clicks: 1022 },
    ],
    notes: ["read as UTF-16LE, tab separated", "Currency: USD, from the column “Currency” (row 2)."],
  },
  {
    file: "french-latin1.csv",
    shape: "a French Windows-1252 semicolon file (Montant dépensé (EUR), 7 307,37 €, Clics sur un lien, Résultats, Totaux)",
    rows: [
      { channel: "Facebook", spend: 7307.37, conversions: 188, revenue: 15210, clicks: 5214 },
      { channel: "Instagram", spend: 3912.4, conversions: 121, revenue: 9845.5, clicks: 3870 },
      { channel: "Facebook", spend: 1250, conversions: 41, revenue: 3120, clicks: 1102 },
      { channel: "Pinterest", spend: 640.15, conversions: 12, revenue: 744, clicks: 912 },
    ],
    notes: ["read as Windows-1252, semicolon separated", "Currency: EUR, from the header “Montant dépensé (EUR)”.", "1 totals row skipped, so nothing is counted twice (rows 6)."],
  },
  {
    file: "linkedin-campaigns.csv",
    shape: "a LinkedIn campaign report (title lines, Total Spent, Leads, no revenue)",
    rows: [
      { channel: "Whitepaper - CFOs", spend: 2412.77, leads: 58, conversions: 4, clicks: 612 },
      { channel: "Whitepaper - IT Directors", spend: 1987.1, leads: 41, conversions: 2, clicks: 455 },
      { channel: "Webinar Dec 12", spend: 880.45, leads: 37, conversions: 0, clicks: 239 },
      { channel: "Thought leadership", spend: 145, leads: 0, conversions: 0, clicks: 201 },
    ],
    notes: ["Headers found in row 5, below 4 title lines."],
  },
  {
    file: "ab-test-leads.csv",
    shape: "a lead-gen A/B test export (Spend [USD], Leads, no conversions or revenue)",
    rows: [
      { channel: "Facebook", spend: 120.4, leads: 22, clicks: 301 },
      { channel: "Facebook", spend: 118.9, leads: 31, clicks: 355 },
      { channel: "Google", spend: 210, leads: 18, clicks: 402 },
      { channel: "Google", spend: 205.55, leads: 25, clicks: 377 },
      { channel: "Facebook", spend: 131.1, leads: 19, clicks: 298 },
      { channel: "Facebook", spend: 127.35, leads: 29, clicks: 362 },
      { channel: "Google", spend: 199.8, leads: 21, clicks: 388 },
      { channel: "Google", spend: 214.25, leads: 27, clicks: 410 },
    ],
    notes: [],
  },
  {
    file: "sales-no-leads.csv",
    shape: "channel,spend,sales,revenue (no leads)",
    rows: [
      { channel: "Facebook", spend: 1200, conversions: 48, revenue: 5760 },
      { channel: "Instagram", spend: 800, conversions: 22, revenue: 2860 },
      { channel: "Email", spend: 150, conversions: 35, revenue: 4200 },
      { channel: "Google", spend: 2100, conversions: 61, revenue: 8540 },
    ],
    notes: [],
  },
  {
    file: "budget-and-spend.csv",
    shape: "a planned Budget beside the actual Spend",
    rows: [
      { channel: "Facebook", spend: 4210.35, conversions: 160, revenue: 12800 },
      { channel: "LinkedIn", spend: 3315.8, conversions: 44, revenue: 9900 },
      { channel: "TikTok", spend: 1284.1, conversions: 37, revenue: 2590 },
      { channel: "X", spend: 512, conversions: 6, revenue: 420 },
    ],
    notes: ["“Spend” is the cost; “Budget” is kept as the planned budget."],
  },
  {
    file: "rows-without-channel.csv",
    shape: "rows without a channel, and a cost left blank beside results",
    rows: [
      { channel: "Facebook", spend: 420, conversions: 14, revenue: 1680 },
      { channel: "(no channel)", spend: 95.5, conversions: 3, revenue: 300 },
      { channel: "Instagram", spend: 310.2, conversions: 9, revenue: 990 },
      { channel: "(no channel)", spend: null, conversions: 2, revenue: 240 },
      { channel: "Instagram", spend: 120, conversions: 4, revenue: 410 },
      { channel: "Facebook", spend: null, conversions: 0, revenue: null },
    ],
    notes: [
      "2 rows have no channel: grouped under “(no channel)” (rows 3, 5).",
      "1 row has results but a blank or zero cost: they count as free (rows 5).",
    ],
  },
];

export interface ChannelSums {
  channel: string;
  budget: number;
  conversions: number;
  revenue: number;
  leads: number;
  clicks: number;
}

/** One entry per channel, in order of first appearance, each figure summed; a blank adds nothing. */
export function sumsByChannel(rows: readonly ExportRow[]): ChannelSums[] {
  const sums = new Map<string, ChannelSums>();
  for (const row of rows) {
    const sum = sums.get(row.channel) ?? { channel: row.channel, budget: 0, conversions: 0, revenue: 0, leads: 0, clicks: 0 };
    sum.budget += row.spend ?? 0;
    sum.conversions += row.conversions ?? 0;
    sum.revenue += row.revenue ?? 0;
    sum.leads += row.leads ?? 0;
    sum.clicks += row.clicks ?? 0;
    sums.set(row.channel, sum);
  }
  return [...sums.values()];
}

export const total = (sums: readonly ChannelSums[], key: Exclude<keyof ChannelSums, "channel">) => sums.reduce((sum, channel) => sum + channel[key], 0);
