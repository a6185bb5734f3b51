/**
 * Rates by reference to the channel scorecard's live cells. Its columns are found by their
 * headers (in either language), not by letter, since which columns a scorecard has depends on
 * its data; its channel rows run from below the header row to its Total row.
 */
import type { ColumnKey } from "../scorecard/columns";
import { columnLetter, sheetReference } from "../scorecard/sheetText";
import type { PlanChannel } from "./channels";

/** The scorecard columns a plan reads. */
export type ReadColumn = Extract<ColumnKey, "channel" | "budget" | "impressions" | "clicks" | "conversions" | "leads">;

export interface ScorecardNames {
  /** Each column's header in every language a scorecard may have been built in. */
  headers: Record<ReadColumn, readonly string[]>;
  total: readonly string[];
}

/** The channels, and the 0-based cell of the first channel's spend, whose currency the plan keeps. */
export type ScorecardChannels = { channels: PlanChannel[]; spendCell: [number, number] } | { missing: ReadColumn[] } | { noChannels: true };

const textOf = (cell: unknown) => String(cell ?? "").trim();

export function channelsFromScorecard(
  grid: readonly (readonly unknown[])[],
  sheetName: string,
  outcome: "conversions" | "leads",
  names: ScorecardNames,
  source: string,
): ScorecardChannels {
  const headerRow = grid.findIndex((row) => names.headers.channel.includes(textOf(row[0])));
  const header = headerRow < 0 ? [] : grid[headerRow].map(textOf);
  const needed: ReadColumn[] = ["channel", "budget", "impressions", "clicks", outcome];
  const columns = new Map(needed.map((key) => [key, header.findIndex((text) => names.headers[key].includes(text))]));
  const missing = needed.filter((key) => columns.get(key)! < 0);
  if (missing.length > 0) return { missing };

  const rows: number[] = [];
  for (let r = headerRow + 1; r < grid.length && textOf(grid[r][0]) !== "" && !names.total.includes(textOf(grid[r][0])); r++) rows.push(r + 1);
  if (rows.length === 0) return { noChannels: true };
  return {
    spendCell: [rows[0] - 1, columns.get("budget")!],
    channels: rows.map((row) => {
      const ref = (key: ReadColumn) => sheetReference(sheetName, `$${columnLetter(columns.get(key)! + 1)}$${row}`);
      return {
        name: `=${ref("channel")}`,
        source,
        conversionRate: `=IFERROR(${ref(outcome)}/${ref("clicks")}, "")`,
        ctr: `=IFERROR(${ref("clicks")}/${ref("impressions")}, "")`,
        cpm: `=IFERROR(${ref("budget")}/${ref("impressions")}*1000, "")`,
        cpc: null,
        proven: `=${ref(outcome)}`,
        spend: `=${ref("budget")}`,
        share: null,
      };
    }),
  };
}
