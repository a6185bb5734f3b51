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
  visits?: number | null;
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
  {
    file: "google-ads-pt-excel-utf16.csv",
    shape: "a Portuguese Google Ads \"Excel CSV\" (UTF-16, tabs, Custo, Cliques, Conversões, Valor de conv., 1.330,56, Total: Conta)",
    rows: [
      { channel: "Marca - Pesquisa", spend: 1330.56, conversions: 104, revenue: 15600, clicks: 1512 },
      { channel: "Genérica - Pesquisa", spend: 4071.51, conversions: 63.5, revenue: 9207.5, clicks: 2381 },
      { channel: "Concorrentes - Pesquisa", spend: 475.02, conversions: 3, revenue: null, clicks: 203 },
      { channel: "Remarketing - Display", spend: 645.45, conversions: 21.25, revenue: 2337.5, clicks: 1655 },
      { channel: "Prospecção - Display", spend: 944.58, conversions: 7, revenue: 630, clicks: 1038 },
      { channel: "Marca - YouTube", spend: 885.06, conversions: 2, revenue: 190, clicks: 447 },
    ],
    notes: [
      "read as UTF-16LE, tab separated",
      "Headers found in row 3, below 2 title lines.",
      "“Orçamento” is a budget per day: left out, as pacing compares the period’s spend with the period’s budget.",
      "Ratios left out (the scorecard computes them from the sums): “CTR”, “CPC méd.”, “Custo/conv.”, “Taxa de conv.”.",
      "4 totals rows skipped, so nothing is counted twice (rows 10, 11, 12, 13).",
    ],
  },
  {
    file: "meta-es-ads-manager.csv",
    shape: "a Spanish Meta Ads Manager export (Importe gastado (EUR), Resultados, Compras en el sitio web, Clics en el enlace, a summary row)",
    rows: [
      { channel: "Rebajas de invierno - Prospección", spend: 1712.4, conversions: 118, revenue: 8496.3, clicks: 2140 },
      { channel: "Rebajas de invierno - Prospección", spend: 688.95, conversions: 39, revenue: 2652, clicks: 733 },
      { channel: "Remarketing - Carrito", spend: 597.1, conversions: 86, revenue: 6364, clicks: 1311 },
      { channel: "Catálogo - Ventas Advantage+", spend: 402.66, conversions: 22, revenue: 1540, clicks: 512 },
    ],
    notes: [
      "No channel column: each campaign (“Nombre de la campaña”) is a row of the scorecard.",
      "Conversions: “Compras en el sitio web” rather than “Resultados”.",
      "Clicks: “Clics en el enlace” rather than “Clics (todos)”.",
      "Ratios left out (the scorecard computes them from the sums): “Frecuencia”, “Coste por resultado”, “CTR (porcentaje de clics en el enlace)”.",
      "1 totals row skipped, so nothing is counted twice (rows 2).",
    ],
  },
  {
    file: "linkedin-de-campaigns.csv",
    shape: "a German LinkedIn campaign report (title lines, Ausgegebener Gesamtbetrag, Klicks, Leads, Kosten/Conv.)",
    rows: [
      { channel: "Whitepaper - Finanzleiter", spend: 2318.4, leads: 61, conversions: 5, clicks: 588 },
      { channel: "Whitepaper - IT-Leiter", spend: 1764.25, leads: 44, conversions: 3, clicks: 431 },
      { channel: "Webinar 10. Dezember", spend: 912.6, leads: 39, conversions: 0, clicks: 251 },
      { channel: "Vordenker-Beiträge", spend: 166, leads: 0, conversions: 0, clicks: 214 },
    ],
    notes: [
      "Headers found in row 5, below 4 title lines.",
      "No channel column: each campaign (“Kampagnenname”) is a row of the scorecard.",
      "Ratios left out (the scorecard computes them from the sums): “Durchschnittlicher CPC”, “Klickrate”, “Kosten pro Lead”, “Kosten/Conv.”.",
    ],
  },
  {
    file: "tiktok-it-campaigns.csv",
    shape: "an Italian TikTok export (semicolons, Costo, Impressioni, Clic (destinazione), Conversioni, 1.204,50)",
    rows: [
      { channel: "Saldi invernali - Conversioni", spend: 1204.5, conversions: 88, revenue: 6534.2, clicks: 3120 },
      { channel: "Spark Ads - Creator", spend: 842.1, conversions: 51, revenue: 3927, clicks: 2488 },
      { channel: "Prospezione - Ampio", spend: 2118.75, conversions: 60, revenue: 4410, clicks: 4904 },
      { channel: "Retargeting - Spettatori video", spend: 365, conversions: 33, revenue: 2607, clicks: 1022 },
    ],
    notes: [
      "read as UTF-8, semicolon separated",
      "Ratios left out (the scorecard computes them from the sums): “CTR (destinazione)”, “CPC (destinazione)”, “Costo per conversione”, “Tasso di conversione (CVR)”.",
      "“Costo”: read with a decimal comma, as its numbers show.",
    ],
  },
  {
    file: "meta-lead-ads-no-value.csv",
    shape: "a Meta lead-ads export whose Purchases conversion value is empty on every row (no revenue, not 0)",
    rows: [
      { channel: "Lead gen - Webinar", spend: 1229.76, conversions: 168, clicks: 842 },
      { channel: "Lead gen - Ebook", spend: 843.64, conversions: 131, clicks: 611 },
      { channel: "Lead gen - Retargeting", spend: 656.04, conversions: 84, clicks: 402 },
      { channel: "Lead gen - Lookalike", spend: 247, conversions: 29, clicks: 196 },
    ],
    notes: ["“Purchases conversion value” is empty on every row: no revenue (not 0).", "1 totals row skipped, so nothing is counted twice (rows 2)."],
  },
  {
    file: "google-ads-campaign-types.csv",
    shape: "a Google Ads report whose totals rows carry their campaign type (Total: Search beside Search), and a campaign of Total Fitness",
    rows: [
      { channel: "Brand - Exact", spend: 855.31, conversions: 88, revenue: 7920, clicks: 1204 },
      { channel: "Generic - Running shoes", spend: 3320.47, conversions: 64.5, revenue: 5805, clicks: 2871 },
      { channel: "Total Fitness - Partner brand", spend: 142.9, conversions: 6, revenue: 540, clicks: 188 },
      { channel: "Retargeting - Site visitors", spend: 612.08, conversions: 21.25, revenue: 1785.5, clicks: 1530 },
      { channel: "Prospecting - In-market", spend: 904.66, conversions: 7, revenue: 588, clicks: 1102 },
      { channel: "Brand video - 15s", spend: 701.12, conversions: 2, revenue: 168, clicks: 388 },
    ],
    notes: ["5 totals rows skipped, so nothing is counted twice (rows 10, 11, 12, 13, 14)."],
  },
  {
    file: "meta-summary-rounding.csv",
    shape: "a Meta export by platform whose summary row is a few cents off the rounded rows, with blank clicks and results in other rows",
    rows: [
      { channel: "facebook", spend: 36.17, conversions: 4, revenue: 113.18, clicks: 15 },
      { channel: "instagram", spend: 58.7, conversions: 3, revenue: 82.33, clicks: 49 },
      { channel: "facebook", spend: 58.72, conversions: 1, revenue: 26.63, clicks: null },
      { channel: "instagram", spend: 82.69, conversions: 2, revenue: 89.22, clicks: 46 },
      { channel: "facebook", spend: 67.33, conversions: null, revenue: null, clicks: 35 },
      { channel: "instagram", spend: 13.46, conversions: 3, revenue: 156.61, clicks: 13 },
      { channel: "facebook", spend: 48.51, conversions: null, revenue: null, clicks: 56 },
      { channel: "instagram", spend: 29.24, conversions: 1, revenue: 35.08, clicks: 56 },
      { channel: "audience_network", spend: 93.28, conversions: null, revenue: null, clicks: 105 },
      { channel: "audience_network", spend: 15.89, conversions: 1, revenue: 47.07, clicks: 10 },
    ],
    notes: ["1 totals row skipped, so nothing is counted twice (rows 2)."],
  },
  {
    file: "meta-landing-page-views.csv",
    shape: "a Meta export with Landing page views (visits, not leads) and Website purchases",
    rows: [
      { channel: "Summer collection - Prospecting", spend: 1412.36, conversions: 71, revenue: 5964.4, clicks: 3120, visits: 2284 },
      { channel: "Summer collection - Prospecting", spend: 806.1, conversions: 29, revenue: 2291, clicks: 1640, visits: 1122 },
      { channel: "Summer collection - Retargeting", spend: 388.95, conversions: 48, revenue: 4416, clicks: 902, visits: 761 },
      { channel: "New store opening", spend: 250, conversions: 3, revenue: 177, clicks: 744, visits: 402 },
    ],
    notes: [
      "Columns read: Channel ← “Campaign name”, Spend ← “Amount spent (EUR)”, Conversions ← “Website purchases”, " +
        "Revenue ← “Website purchases conversion value”, Clicks ← “Link clicks”, Impressions ← “Impressions”, Visits ← “Landing page views”.",
    ],
  },
  {
    file: "channel-sessions-bounce.csv",
    shape: "a team's channel table with Sessions, Bounce rate, Leads and Sales (the design's table, visits apart from leads)",
    rows: [
      { channel: "Facebook", spend: 1200, visits: 3400, leads: 140, conversions: 38, revenue: 4560 },
      { channel: "Instagram", spend: 950, visits: 4100, leads: 96, conversions: 22, revenue: 2530 },
      { channel: "LinkedIn", spend: 1800, visits: 1250, leads: 88, conversions: 19, revenue: 6840 },
      { channel: "Google Ads", spend: 2400, visits: 5600, leads: 210, conversions: 64, revenue: 9920 },
      { channel: "Newsletter", spend: 150, visits: 2300, leads: 61, conversions: 27, revenue: 3110 },
    ],
    notes: [],
  },
];

/** Each campaign's type, as google-ads-campaign-types.csv's "Campaign type" column gives it. */
export const GOOGLE_ADS_CAMPAIGN_TYPES: Record<string, string> = {
  "Brand - Exact": "Search", "Generic - Running shoes": "Search", "Total Fitness - Partner brand": "Search",
  "Retargeting - Site visitors": "Display", "Prospecting - In-market": "Display", "Brand video - 15s": "Video",
};

export interface ChannelSums {
  channel: string;
  budget: number;
  conversions: number;
  revenue: number;
  leads: number;
  clicks: number;
  visits: number;
}

/** One entry per channel, in order of first appearance, each figure summed; a blank adds nothing. */
export function sumsByChannel(rows: readonly ExportRow[]): ChannelSums[] {
  const sums = new Map<string, ChannelSums>();
  for (const row of rows) {
    const sum = sums.get(row.channel) ?? { channel: row.channel, budget: 0, conversions: 0, revenue: 0, leads: 0, clicks: 0, visits: 0 };
    sum.budget += row.spend ?? 0;
    sum.conversions += row.conversions ?? 0;
    sum.revenue += row.revenue ?? 0;
    sum.leads += row.leads ?? 0;
    sum.clicks += row.clicks ?? 0;
    sum.visits += row.visits ?? 0;
    sums.set(row.channel, sum);
  }
  return [...sums.values()];
}

export const total = (sums: readonly ChannelSums[], key: Exclude<keyof ChannelSums, "channel">) => sums.reduce((sum, channel) => sum + channel[key], 0);
