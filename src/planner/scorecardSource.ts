/**
 * Rates by reference to the channel scorecard's live cells, found by name, never by position: a
 * rebuild of the scorecard moves its rows and columns, so each plan row looks its channel up by
 * name in the scorecard's channel column (above its Total row), and each figure's column by its
 * header. A live check names the channels the scorecard and the plan do not share.
 */
import type { ColumnKey } from "../scorecard/columns";
import { columnLetter, guardText, sheetReference } from "../scorecard/sheetText";
import type { PlanChannel, PlanRowRefs } from "./channels";

/** The scorecard columns a plan reads. */
export type ReadColumn = Extract<ColumnKey, "channel" | "budget" | "impressions" | "clicks" | "conversions" | "leads" | "revenue" | "estimatedRevenue">;

export interface ScorecardNames {
  /** Each column's header in every language a scorecard may have been built in. */
  headers: Record<ReadColumn, readonly string[]>;
  total: readonly string[];
  /** The label of the margin option on the settings row, in every language. */
  margin: readonly string[];
}

/** What the plan's check cell says, in the plan's language. */
export interface ScorecardCheckTexts {
  ok: string;
  notInPlan: string;
  notInScorecard: string;
  missingColumns: string;
  rebuild: string;
  noScorecard: (sheet: string) => string;
}

/** How the plan reads the scorecard: its rows' cells, and the check formula over the plan's own channel cells. */
export interface ScorecardLink {
  /** The scorecard row a plan row's channel is on, from the plan row's name cell; #N/A when it is not a channel of the scorecard. */
  rowOf: (nameCell: string) => string;
  /** The check: names: the plan's channel cells; rows: their scorecard-row cells. */
  check: (names: string, rows: string, texts: ScorecardCheckTexts) => string;
}

/** The channels, and the 0-based cell of the first channel's spend, whose currency the plan keeps. */
export type ScorecardChannels =
  | { channels: PlanChannel[]; spendCell: [number, number]; link: ScorecardLink }
  | { missing: ReadColumn[] }
  | { noChannels: true };

const textOf = (cell: unknown) => String(cell ?? "").trim();
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

// MATCH reads * ? ~ in a text key as wildcards ("Display*" would find "Display Retargeting"):
// each is written ~-escaped, so that names are found as written.
const plainKey = (text: string) => quote(text.replace(/[~*?]/g, (c) => `~${c}`));
const plainKeyFormula = (expression: string) => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${expression}, "~", "~~"), "*", "~*"), "?", "~?")`;

/** a / b, blank when b is 0 or blank; an error in either (a channel or a column not found) shows. */
const ratio = (a: string, b: string) => `=IF(${b}=0, "", ${a}/${b})`;

export function channelsFromScorecard(
  grid: readonly (readonly unknown[])[],
  sheetName: string,
  outcome: "conversions" | "leads",
  names: ScorecardNames,
  source: string,
): ScorecardChannels {
  const headerRow = grid.findIndex((row) => names.headers.channel.includes(textOf(row[0])));
  const header = headerRow < 0 ? [] : grid[headerRow].map(textOf);
  const find = (key: ReadColumn) => header.findIndex((text) => names.headers[key].includes(text));
  const needed: ReadColumn[] = ["channel", "budget", "impressions", "clicks", outcome];
  const missing = needed.filter((key) => find(key) < 0);
  if (missing.length > 0) return { missing };

  let totalRow = headerRow + 1;
  while (totalRow < grid.length && textOf(grid[totalRow][0]) !== "" && !names.total.includes(textOf(grid[totalRow][0]))) totalRow++;
  if (totalRow === headerRow + 1) return { noChannels: true };
  const totalLabel = textOf(grid[totalRow]?.[0]) || names.total[0];

  // 1-based sheet rows. Open-ended columns up to the scorecard's width: a reference past a sheet's columns is an error in Sheets.
  const headerLine = headerRow + 1;
  const lastColumn = columnLetter(grid.reduce((widest, row) => Math.max(widest, row.length), 1));
  const at = (range: string) => sheetReference(sheetName, range);
  const channelColumn = at(`$A$${headerLine + 1}:$A`);
  const headers = at(`$A$${headerLine}:$${lastColumn}$${headerLine}`);
  const table = at(`$A$1:$${lastColumn}`);
  const columnOf = (text: string) => `MATCH(${plainKey(text)}, ${headers}, 0)`;
  const totalAt = `MATCH(${plainKey(totalLabel)}, ${channelColumn}, 0)`;
  const valueOf = (key: ReadColumn) => (row: string) => `INDEX(${table}, ${row}, ${columnOf(header[find(key)])})`;

  const revenueKey = (["revenue", "estimatedRevenue"] as const).find((key) => find(key) >= 0);
  // The scorecard's ROI counts revenue at its margin option (blank: all of it), found by its label on the settings row.
  const settings = at(`$A$2:$${lastColumn}$2`);
  const marginLabel = grid[1]?.map(textOf).find((text) => names.margin.includes(text)) ?? names.margin[0];
  const marginCell = `INDEX(${settings}, 1, MATCH(${plainKey(marginLabel)}, ${settings}, 0)+1)`;
  const margin = `IF(ISNUMBER(${marginCell}), ${marginCell}, 1)`;
  const value = {
    outcome: valueOf(outcome),
    clicks: valueOf("clicks"),
    impressions: valueOf("impressions"),
    budget: valueOf("budget"),
  };
  const channels: PlanChannel[] = grid.slice(headerRow + 1, totalRow).map((cells) => ({
    name: guardText(textOf(cells[0])),
    source,
    conversionRate: ({ scorecardRow: r }: PlanRowRefs) => ratio(value.outcome(r), value.clicks(r)),
    ctr: ({ scorecardRow: r }: PlanRowRefs) => ratio(value.clicks(r), value.impressions(r)),
    cpm: ({ scorecardRow: r }: PlanRowRefs) => `=IF(${value.impressions(r)}=0, "", ${value.budget(r)}/${value.impressions(r)}*1000)`,
    cpc: null,
    proven: ({ scorecardRow: r }: PlanRowRefs) => `=${value.outcome(r)}`,
    spend: ({ scorecardRow: r }: PlanRowRefs) => `=${value.budget(r)}`,
    valuePerSale:
      revenueKey === undefined
        ? null
        : ({ scorecardRow: r }: PlanRowRefs) => {
            // A channel whose sources have no revenue shows it blank: no value per sale, never a value of 0.
            const revenue = valueOf(revenueKey)(r);
            return `=IF(ISNUMBER(${revenue}), ${ratio(`${revenue}*${margin}`, value.outcome(r)).slice(1)}, "")`;
          },
    share: null,
  }));

  const link: ScorecardLink = {
    rowOf: (nameCell) => {
      const position = `MATCH(${plainKeyFormula(nameCell)}, ${channelColumn}, 0)`;
      // Found below the Total row, a name is a breakdown's value, not a channel of the table.
      return `=IF(${position}<${totalAt}, ${position}+${headerLine}, NA())`;
    },
    check: (planNames, planRows, texts) => {
      const inTable = `SEQUENCE(ROWS(${channelColumn}))<${totalAt}`;
      const list = (values: string, ...conditions: string[]) => `IFERROR(TEXTJOIN(", ", 1, FILTER(${values}, ${conditions.join(", ")})), "")`;
      const notInPlan = list(channelColumn, inTable, `ISNA(MATCH(${plainKeyFormula(channelColumn)}, ${planNames}, 0))`);
      const notInScorecard = list(planNames, `ISNA(${planRows})`);
      const columns = [...needed, ...(revenueKey ? [revenueKey] : [])].map((key) => header[find(key)]);
      const missingColumns = `TEXTJOIN(", ", 1, ${columns.map((text) => `IF(ISNA(${columnOf(text)}), ${quote(text)}, "")`).join(", ")})`;
      const part = (list: string, label: string) => `IF(${list}="", "", ${quote(`${label} `)}&${list}&". ")`;
      const problems = `${part(notInPlan, texts.notInPlan)}&${part(notInScorecard, texts.notInScorecard)}&${part(missingColumns, texts.missingColumns)}`;
      // No Total row to find: the scorecard sheet is gone (#REF!) or is no longer a scorecard.
      return (
        `=IF(ISERROR(${totalAt}), ${quote(texts.noScorecard(sheetName))}, ` +
        `IF(${problems}="", ${quote(texts.ok)}, ${problems}&${quote(texts.rebuild)}))`
      );
    },
  };
  return { spendCell: [headerRow + 1, find("budget")], channels, link };
}
