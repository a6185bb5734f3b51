/**
 * The columns of a shop, CRM or analytics table that say where a sale or a lead came from: GA4's
 * "Session source / medium" or "Session default channel group", a shop's UTM source and medium or
 * referrer, a CRM's "Original Source" with its drill-downs; and the campaign column, for a join by
 * campaign. Each row's key is what those cells say, in parts the matching reads.
 */
import { isCampaignHeader, normalizeHeader } from "../import/headerNames";

/** Where a row came from, as its table says it: a source ("facebook"), a medium ("cpc"), a channel group ("Paid Social"). */
export interface KeyParts {
  source: string | null;
  medium: string | null;
  group: string | null;
}

const SOURCE_MEDIUM = ["session source medium", "source medium", "first user source medium", "session manual source medium", "first user manual source medium", "source support"];
const GROUP = [
  "session default channel group", "session primary channel group", "default channel group", "primary channel group",
  "first user default channel group", "first user primary channel group", "channel group",
  "original source", "original traffic source", "original source type", "source d origine", "source originale",
  "referrer source", "referring category", "referring channel",
];
const SOURCE = [
  "original source drill down 1", "original traffic source drill down 1", "source d origine detail 1",
  "session source", "first user source", "utm source", "utm campaign source", "referrer name", "referring site", "referrer", "source",
];
const MEDIUM = ["session medium", "first user medium", "utm medium", "utm campaign medium", "medium", "support"];
const CAMPAIGN = [
  "session campaign", "first user campaign", "session manual campaign name", "utm campaign", "utm campaign name",
  "original source drill down 2", "original traffic source drill down 2", "source d origine detail 2",
];

export interface KeyColumns {
  sourceMedium: number | null;
  group: number | null;
  source: number | null;
  medium: number | null;
  campaign: number | null;
}

/** The first column whose header is one of names, earlier names first. */
function columnNamed(names: readonly string[], headers: readonly string[]): number | null {
  const normalized = headers.map(normalizeHeader);
  for (const name of names) {
    const column = normalized.indexOf(name);
    if (column >= 0) return column;
  }
  return null;
}

export function keyColumns(headers: readonly string[]): KeyColumns {
  const campaign = columnNamed(CAMPAIGN, headers) ?? headers.findIndex(isCampaignHeader);
  return {
    sourceMedium: columnNamed(SOURCE_MEDIUM, headers),
    group: columnNamed(GROUP, headers),
    source: columnNamed(SOURCE, headers),
    medium: columnNamed(MEDIUM, headers),
    campaign: campaign === null || campaign < 0 ? null : campaign,
  };
}

/** True when a row of cells heads such a table: it names where rows came from, or their campaign. */
export function isKeyHeaderRow(row: readonly unknown[]): boolean {
  const headers = row.map((cell) => String(cell ?? ""));
  const names = new Set(headers.map(normalizeHeader));
  return [...SOURCE_MEDIUM, ...GROUP, ...SOURCE, ...CAMPAIGN].some((name) => names.has(name)) || headers.some(isCampaignHeader);
}

/** True when the table says where rows came from, which a join by channel needs (a campaign alone does not). */
export const hasOrigin = (columns: KeyColumns) => columns.sourceMedium !== null || columns.source !== null || columns.group !== null;

/** The column that names a row first: where a totals row says "Total" and a blank cell means no origin. */
export function mainKeyColumn(columns: KeyColumns): number | null {
  return columns.sourceMedium ?? columns.source ?? columns.group ?? columns.campaign;
}

const text = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());
const orNull = (value: string) => (value === "" ? null : value);

/** A row's key parts; GA4's "facebook / cpc" is split at its slash. */
export function keyOf(cells: readonly unknown[], columns: KeyColumns): KeyParts {
  const at = (column: number | null) => (column === null ? null : orNull(text(cells[column])));
  const sourceMedium = at(columns.sourceMedium);
  if (sourceMedium !== null) {
    const slash = sourceMedium.lastIndexOf(" / ");
    return {
      source: slash < 0 ? sourceMedium : orNull(sourceMedium.slice(0, slash).trim()),
      medium: slash < 0 ? null : orNull(sourceMedium.slice(slash + 3).trim()),
      group: at(columns.group),
    };
  }
  return { source: at(columns.source), medium: at(columns.medium), group: at(columns.group) };
}

/** A key as the user reads it: "facebook / cpc", "Paid Social / Facebook", "Organic Search". */
export function keyText({ source, medium, group }: KeyParts): string {
  if (source !== null && medium !== null) return `${source} / ${medium}`;
  if (group !== null && source !== null) return `${group} / ${source}`;
  return source ?? group ?? "";
}
