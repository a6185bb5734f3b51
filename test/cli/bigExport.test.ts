// A 200,000-row export, well past the 130,000 rows where the command line once stopped with
// "Maximum call stack size exceeded": read end to end, its totals the sums of its rows.
import { describe, expect, it } from "vitest";
import { csvFile, run } from "./runCli";

const ROWS = 200_000;
const PLATFORMS = ["facebook", "instagram", "audience_network", "messenger"];

interface Sums {
  spendCents: number;
  purchases: number;
  valueCents: number;
}

/** Meta's export by day and platform, a few columns wide: blank purchases and value where there were none. */
function exportAndSums(): { text: string; sums: Map<string, Sums> } {
  const lines = ["Day,Platform,Amount spent (USD),Purchases,Purchases conversion value"];
  const sums = new Map(PLATFORMS.map((platform) => [platform, { spendCents: 0, purchases: 0, valueCents: 0 }]));
  for (let i = 0; i < ROWS; i++) {
    const platform = PLATFORMS[(i * 7) % PLATFORMS.length];
    const spendCents = 100 + ((i * 7919) % 40_000);
    const purchases = i % 3 === 0 ? 0 : 1 + (i % 5);
    const valueCents = purchases * (1990 + (i % 1000));
    const day = new Date(Date.UTC(2026, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    lines.push(`${day},${platform},${(spendCents / 100).toFixed(2)},${purchases || ""},${purchases ? (valueCents / 100).toFixed(2) : ""}`);
    const channel = sums.get(platform)!;
    channel.spendCents += spendCents;
    channel.purchases += purchases;
    channel.valueCents += purchases ? valueCents : 0;
  }
  return { text: `${lines.join("\n")}\n`, sums };
}

type Json = { channels: { channel: string; budget: number; conversions: number; revenue: number }[]; totals: { budget: number; conversions: number; revenue: number } };

describe("npx social-roi scorecard on a large export", () => {
  it(`reads all ${ROWS.toLocaleString("en")} rows: each channel's figures and the totals are the sums of its rows`, async () => {
    const { text, sums } = exportAndSums();
    const { code, stdout, stderr } = await run("scorecard", csvFile("meta-200k.csv", text), "--json");
    expect(stderr).toBe(
      [
        "read as UTF-8, comma separated",
        "Currency: USD, from the header “Amount spent (USD)”.",
        // 365 days from 1 January 2026, one per row in turn.
        "Dates ← “Day”: year-month-day, 2026-01-01 to 2026-12-31.",
        "Columns read: Channel ← “Platform”, Spend ← “Amount spent (USD)”, Conversions ← “Purchases”, Revenue ← “Purchases conversion value”.",
      ].map((line) => `social-roi: ${line}\n`).join(""),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Json;
    // To a tenth of a cent: 200,000 additions of amounts in cents carry a few millionths of binary noise.
    expect(report.channels.map((c) => c.channel).sort()).toEqual([...PLATFORMS].sort());
    for (const channel of report.channels) {
      const expected = sums.get(channel.channel)!;
      expect(channel.budget).toBeCloseTo(expected.spendCents / 100, 3);
      expect(channel.conversions).toBe(expected.purchases);
      expect(channel.revenue).toBeCloseTo(expected.valueCents / 100, 3);
    }
    const all = [...sums.values()];
    expect(report.totals.budget).toBeCloseTo(all.reduce((sum, s) => sum + s.spendCents, 0) / 100, 3);
    expect(report.totals.conversions).toBe(all.reduce((sum, s) => sum + s.purchases, 0));
    expect(report.totals.revenue).toBeCloseTo(all.reduce((sum, s) => sum + s.valueCents, 0) / 100, 3);
  }, 180_000);
});
