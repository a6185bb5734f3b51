/**
 * Joins a shop, CRM or analytics table (see originTable.ts) to the spend: each row's origin matched
 * to a network (by channel) or its campaign to a campaign of the spend (by campaign). Every value
 * that matches nothing, or matches a network without spend, is listed with its totals: nothing is
 * dropped silently.
 */
import type { JoinTexts } from "../i18n/joinTexts";
import { channelKey } from "../scorecard/channelKey";
import { hasOrigin, keyText } from "./keys";
import { resolveKey, type Resolution } from "./matching";
import { JoinError, JOINED_FIELDS, type JoinedField, type JoinedValues, type OriginTable } from "./originTable";

export type JoinBy = "channel" | "campaign";

/** A value of the joined table (a source / medium, a channel group, a campaign) and what its rows sum to. */
export interface ValueTotals {
  value: string;
  rows: number;
  values: JoinedValues;
}

export type UnmatchedWhy = Extract<Resolution, { kind: "unmatched" }>["why"] | "noCampaign" | "blank";

export interface JoinResult {
  table: string;
  by: JoinBy;
  fields: JoinedField[];
  /** Every network with spend, with what matched it (nothing, when nothing did). */
  networks: { network: string; values: JoinedValues; matched: (ValueTotals & { by: "default" | "chosen" })[] }[];
  unmatched: (ValueTotals & { why: UnmatchedWhy; candidates: string[] })[];
  /** Values matched to a network the scorecard has no spend for. */
  withoutSpend: (ValueTotals & { network: string })[];
  /**
   * The table's figures as rows of the scorecard: a row per value matched to a network with spend (its
   * campaign too when joined by campaign), in the order the values first appear.
   */
  rows: { network: string; value: string; campaign: string | null; values: JoinedValues }[];
  /** Every row of the table, matched or not. */
  total: JoinedValues;
}

/** The spend the table is joined to: its networks, and the networks each campaign (by channelKey) has spend in, as first spelled. */
export interface Spend {
  networks: readonly string[];
  campaigns: ReadonlyMap<string, { name: string; networks: ReadonlySet<string> }>;
}

const squash = (text: string) => channelKey(text);

function addTo(target: JoinedValues, values: JoinedValues): void {
  for (const field of JOINED_FIELDS) if (values[field] !== undefined) target[field] = (target[field] ?? 0) + values[field]!;
}

/** Values of one spelling (any case or spacing) summed together, in order of first appearance. */
class Tally<Extra> {
  private readonly byKey = new Map<string, ValueTotals & Extra>();
  add(value: string, values: JoinedValues, extra: Extra): void {
    const key = `${squash(value)}\u0000${JSON.stringify(extra)}`;
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { value, rows: 0, values: {}, ...extra }));
    entry.rows += 1;
    addTo(entry.values, values);
  }
  list(): (ValueTotals & Extra)[] {
    return [...this.byKey.values()];
  }
}

/** chosen: the user's matches (see matching.ts); texts: the refusals' words; rate: the scorecard's currency per unit of the table's, when they differ. */
export function joinOrigins(table: OriginTable, spend: Spend, by: JoinBy, chosen: ReadonlyMap<string, string>, texts: JoinTexts, rate: number | null = null): JoinResult {
  if (by === "campaign" && table.columns.campaign === null) throw new JoinError(texts.refusals.noCampaignColumn(table.name));
  if (by === "campaign" && spend.campaigns.size === 0) throw new JoinError(texts.refusals.noSpendCampaigns);
  if (by === "channel" && !hasOrigin(table.columns)) throw new JoinError(texts.refusals.noOrigin(table.name));
  const spendNetworks = new Set(spend.networks);
  const matched = new Map(spend.networks.map((network) => [network, new Tally<{ by: "default" | "chosen" }>()]));
  const unmatched = new Tally<{ why: UnmatchedWhy; candidates: string[] }>();
  const withoutSpend = new Tally<{ network: string }>();
  const rows = new Map<string, JoinResult["rows"][number]>();
  const total: JoinedValues = {};
  for (const row of table.rows) {
    const values: JoinedValues = rate === null || row.values.revenue === undefined ? row.values : { ...row.values, revenue: row.values.revenue * rate };
    addTo(total, values);
    let network: string;
    let campaign: string | null = null;
    let how: "default" | "chosen";
    let value: string;
    if (by === "channel") {
      value = keyText(row.key);
      if (value === "") {
        unmatched.add("(blank)", values, { why: "blank", candidates: [] });
        continue;
      }
      const resolution = resolveKey(row.key, chosen);
      if (resolution.kind === "unmatched") {
        unmatched.add(value, values, { why: resolution.why, candidates: resolution.candidates });
        continue;
      }
      ({ network, by: how } = resolution);
    } else {
      value = row.campaign ?? "";
      if (value === "") {
        unmatched.add("(blank)", values, { why: "blank", candidates: [] });
        continue;
      }
      const found = spend.campaigns.get(squash(value));
      const typed = chosen.get(squash(value));
      const candidates = found ? [...found.networks] : [];
      if (typed !== undefined) {
        [network, how] = [typed, "chosen"];
      } else if (candidates.length === 1) {
        [network, how] = [candidates[0], "default"];
      } else {
        unmatched.add(value, values, { why: candidates.length > 1 ? "ambiguous" : "noCampaign", candidates });
        continue;
      }
      campaign = found?.name ?? value;
    }
    if (!spendNetworks.has(network)) {
      withoutSpend.add(value, values, { network });
      continue;
    }
    matched.get(network)!.add(value, values, { by: how });
    const key = `${network}\u0000${squash(value)}`;
    if (!rows.has(key)) rows.set(key, { network, value, campaign, values: {} });
    addTo(rows.get(key)!.values, values);
  }
  return {
    table: table.name,
    by,
    fields: table.fields,
    networks: spend.networks.map((network) => {
      const list = matched.get(network)!.list();
      const values: JoinedValues = Object.fromEntries(table.fields.map((field) => [field, 0]));
      for (const entry of list) addTo(values, entry.values);
      return { network, values, matched: list };
    }),
    unmatched: unmatched.list(),
    withoutSpend: withoutSpend.list(),
    rows: [...rows.values()],
    total,
  };
}
