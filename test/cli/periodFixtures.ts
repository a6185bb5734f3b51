// The dated exports of test/cli/fixtures/periods/, read here on their own (papaparse and plain
// arithmetic), so that the tests' expected figures per period never come from the code under test.
import { readFileSync } from "node:fs";
import Papa from "papaparse";

export const PERIOD_FIXTURES = new URL("./fixtures/periods/", import.meta.url).pathname;

export interface DatedRow {
  /** yyyy-mm-dd, or null when the export left it blank. */
  day: string | null;
  channel: string;
  spend: number;
  results: number;
  revenue: number;
}

export interface DatedExport<Row = DatedRow> {
  file: string;
  rows: Row[];
}

const cellsOf = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;
const plain = (text: string) => Number(text.replace(/,/g, ""));
const comma = (text: string) => Number(text.replace(",", "."));

function read<Row = DatedRow>(file: string, { delimiter = ",", encoding = "utf8" as BufferEncoding, header }: { delimiter?: string; encoding?: BufferEncoding; header: string }, row: (cells: string[], at: (name: string) => string) => Row): DatedExport<Row> {
  const lines = cellsOf(readFileSync(`${PERIOD_FIXTURES}${file}`).toString(encoding), delimiter);
  const top = lines.findIndex((cells) => cells[0] === header);
  const headers = lines[top];
  return { file, rows: lines.slice(top + 1).map((cells) => row(cells, (name) => cells[headers.indexOf(name)])) };
}

/** Google Ads, one row per day and campaign: "Day" in ISO. */
export const GOOGLE_ADS_DAYS = read("google-ads-by-day.csv", { header: "Day" }, (_, at) => ({
  day: at("Day"), channel: at("Campaign"), spend: plain(at("Cost")), results: plain(at("Conversions")), revenue: plain(at("Conv. value")),
}));

/** A dated row with the funnel a budget plan measures its rates on. */
export interface FunnelRow extends DatedRow {
  impressions: number;
  clicks: number;
}

/** The Google Ads days with their impressions and clicks. */
export const GOOGLE_ADS_FUNNEL = read<FunnelRow>("google-ads-by-day.csv", { header: "Day" }, (_, at) => ({
  day: at("Day"), channel: at("Campaign"), spend: plain(at("Cost")), results: plain(at("Conversions")), revenue: plain(at("Conv. value")),
  impressions: plain(at("Impr.")), clicks: plain(at("Clicks")),
}));

/** Meta, one row per day and campaign, where one campaign ended two weeks before the export's last day. */
export const META_CAMPAIGN_ENDED = read<FunnelRow>("meta-campaign-ended.csv", { header: "Reporting starts" }, (_, at) => ({
  day: at("Reporting starts"), channel: at("Campaign name"), spend: plain(at("Amount spent (EUR)")), results: plain(at("Website purchases")),
  revenue: plain(at("Website purchases conversion value")), impressions: plain(at("Impressions")), clicks: plain(at("Link clicks")),
}));

/** Meta, one row per day and campaign: the day is "Reporting starts" (and ends the same day). */
export const META_DAYS = read("meta-reporting-days.csv", { header: "Reporting starts" }, (_, at) => ({
  day: at("Reporting starts"), channel: at("Campaign name"), spend: plain(at("Amount spent (EUR)")), results: plain(at("Website purchases")),
  revenue: plain(at("Website purchases conversion value")),
}));

/** A French team's sheet: semicolons, decimal commas, days as 31/01/2026, one row without a date. */
export const TEAM_DMY = read("equipe-jour-mois.csv", { delimiter: ";", encoding: "latin1", header: "Date" }, (cells) => {
  const [date, channel, spend, conversions, revenue] = cells;
  const [d, m, y] = date.split("/");
  return { day: date === "" ? null : `${y}-${m}-${d}`, channel, spend: comma(spend), results: Number(conversions), revenue: comma(revenue) };
});

/** GA4's traffic acquisition with cost: "Date" as 20260131, below its "#" comment lines. */
export const GA4_DAYS = read("ga4-by-date.csv", { header: "Session campaign" }, (_, at) => {
  const date = at("Date");
  return { day: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, channel: at("Session campaign"), spend: plain(at("Cost")), results: plain(at("Conversions")), revenue: plain(at("Total revenue")) };
});

/** The Monday of a day's ISO week. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** Plain sums per period start (and channel), from the rows with a day. */
export function sumsBy(rows: readonly DatedRow[], periodOf: (day: string) => string) {
  const sums = new Map<string, { total: DatedRow; channels: Map<string, DatedRow> }>();
  for (const row of rows) {
    if (row.day === null) continue;
    const start = periodOf(row.day);
    if (!sums.has(start)) sums.set(start, { total: { day: start, channel: "", spend: 0, results: 0, revenue: 0 }, channels: new Map() });
    const period = sums.get(start)!;
    const channel = period.channels.get(row.channel) ?? { day: start, channel: row.channel, spend: 0, results: 0, revenue: 0 };
    for (const figures of [period.total, channel]) {
      figures.spend += row.spend;
      figures.results += row.results;
      figures.revenue += row.revenue;
    }
    period.channels.set(row.channel, channel);
  }
  return sums;
}
