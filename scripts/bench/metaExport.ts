/**
 * A Meta Ads Manager export broken down by day and platform, as the "Export table data" CSV writes
 * it: reporting dates, campaign and ad set names (some quoted for their commas), the spend in the
 * account's currency, blank purchases and purchase value where there were none.
 */
import { writeFileSync } from "node:fs";

export const META_HEADERS = [
  "Reporting starts", "Reporting ends", "Day", "Campaign name", "Ad set name", "Platform", "Delivery status",
  "Amount spent (USD)", "Impressions", "Reach", "Link clicks", "Purchases", "Purchases conversion value",
];

const PLATFORMS = ["facebook", "instagram", "audience_network", "messenger", "threads"];
const CAMPAIGNS = [
  "Spring Sale – Prospecting", "\"Retargeting, 30 days\"", "Brand awareness FR", "Lookalike 1% purchasers", "Catalog sales – DPA",
  "Black Friday 2026", "Lead gen – webinar", "\"Video views, 15s\"",
];
const AUDIENCES = ["Broad 18-65", "Interests – running", "LAL 1%", "Website visitors 30d", "Advantage+ audience", "Engaged shoppers"];

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 365))).toISOString().slice(0, 10);

/** The export's text, one row per day, campaign, ad set and platform, with deterministic figures. */
export function metaExport(rows: number): string {
  const lines = [META_HEADERS.join(",")];
  for (let i = 0; i < rows; i++) {
    const spend = ((i * 7919) % 50_000) / 100;
    const impressions = 200 + ((i * 104_729) % 40_000);
    const clicks = Math.floor(impressions / (60 + (i % 90)));
    const purchases = i % 4 === 0 ? 0 : (i * 31) % 7;
    const value = purchases === 0 ? "" : (purchases * (19.9 + (i % 113))).toFixed(2);
    lines.push([
      "2026-01-01", "2026-12-31", day(i), CAMPAIGNS[i % CAMPAIGNS.length], AUDIENCES[(i >> 3) % AUDIENCES.length],
      PLATFORMS[(i * 13) % PLATFORMS.length], i % 17 === 0 ? "inactive" : "active",
      spend.toFixed(2), impressions, Math.floor(impressions * 0.8), clicks, purchases === 0 ? "" : purchases, value,
    ].join(","));
  }
  return `${lines.join("\n")}\n`;
}

export function writeMetaExport(path: string, rows: number): void {
  writeFileSync(path, metaExport(rows));
}
