/**
 * Which network a source, medium or channel group stands for: a small table of defaults the user
 * can override value by value. Never a guess: a medium or group that is not paid (organic search,
 * referral, email) matches nothing, nor does a search engine without a paid medium ("google" alone
 * is organic search as often as ads), nor a group that several networks share ("Paid Search" is
 * Google Ads' or Microsoft Ads'; "Paid Social" any social network's, including one the team runs
 * without a spend file here).
 */
import type { KeyParts } from "./keys";
import { keyText } from "./keys";

/**
 * The networks a source names (lowercase, as UTM sources, referrers' hosts and CRM drill-downs write
 * them); Meta's {{site_source_name}} writes fb, ig, msg and an (Audience Network).
 */
const SOURCE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Meta: ["facebook", "fb", "instagram", "ig", "msg", "an", "meta", "facebook ads", "facebook.com", "instagram.com", "messenger", "audience network"],
  LinkedIn: ["linkedin", "linkedin.com", "lnkd.in", "li", "linkedin ads"],
  TikTok: ["tiktok", "tiktok.com", "tiktok ads"],
  X: ["twitter", "x", "t.co", "twitter.com", "x.com", "twitter ads", "x ads"],
  Pinterest: ["pinterest", "pinterest.com"],
  Snapchat: ["snapchat", "snap", "snapchat.com"],
};
/** Search engines: their ads only with a paid medium or group. */
const SEARCH_NAMES: Readonly<Record<string, readonly string[]>> = {
  "Google Ads": ["google", "google.com", "adwords", "google ads", "googleads", "google_ads"],
  "Microsoft Ads": ["bing", "bing.com", "microsoft", "microsoft ads", "bing ads", "bingads"],
};
/** Sources that are ads whatever the medium says. */
const ADS_SOURCES = new Set(["adwords", "google ads", "googleads", "google_ads", "microsoft ads", "bing ads", "bingads", "facebook ads", "linkedin ads", "tiktok ads", "twitter ads", "x ads"]);

const PAID_MEDIUMS = new Set([
  "cpc", "ppc", "paid", "paidsocial", "paid social", "paid_social", "paid-social", "social_paid", "social paid", "paid-search", "paid_search", "paidsearch",
  "cpm", "cpv", "cpa", "display", "ads", "ad", "sponsored", "paid search",
]);
const SOCIAL_GROUPS = new Set(["paid social", "social payant", "social pago", "social de pago", "paid social media"]);
const SEARCH_GROUPS = new Set(["paid search", "recherche payante", "pesquisa paga", "busqueda de pago", "bezahlte suche", "ricerca a pagamento"]);

export type Resolution =
  | { kind: "matched"; network: string; by: "default" | "chosen" }
  | { kind: "unmatched"; why: "unknown" | "notPaid" | "ambiguous"; candidates: string[] };

const squash = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** "https://l.facebook.com/l.php" -> "l.facebook.com"; other text as it is. */
function hostOf(source: string): string {
  const value = squash(source);
  const host = value.replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").split(/[/?#]/)[0];
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : value;
}

/** The networks a source names: by its whole name, else by a host's labels ("l.facebook.com" is facebook's). */
function networksNamed(source: string, table: Readonly<Record<string, readonly string[]>>): string[] {
  const host = hostOf(source);
  const labels = host.includes(".") ? host.split(".").slice(0, -1) : [];
  return Object.keys(table).filter((network) => table[network].includes(host) || labels.some((label) => label.length > 2 && table[network].includes(label)));
}

const isPaid = (text: string | null) => text !== null && (PAID_MEDIUMS.has(squash(text)) || SOCIAL_GROUPS.has(squash(text)) || SEARCH_GROUPS.has(squash(text)));

/**
 * The network a key matches. chosen: the user's matches, by the value as shown (any case).
 */
export function resolveKey(key: KeyParts, chosen: ReadonlyMap<string, string>): Resolution {
  const text = keyText(key);
  const typed = [text, key.source, key.group].flatMap((value) => (value === null ? [] : [chosen.get(squash(value))])).find((network) => network !== undefined);
  if (typed !== undefined) return { kind: "matched", network: typed, by: "chosen" };
  // What says paid or not: the medium, else the group; a source alone says neither.
  const says = key.medium ?? key.group;
  const paid = says !== null && isPaid(says);
  if (key.source !== null) {
    const social = networksNamed(key.source, SOURCE_NAMES);
    const search = networksNamed(key.source, SEARCH_NAMES);
    const candidates = [...social, ...search];
    if (candidates.length > 1) return { kind: "unmatched", why: "ambiguous", candidates };
    if (candidates.length === 1) {
      if (says !== null && !paid && !ADS_SOURCES.has(squash(key.source))) return { kind: "unmatched", why: "notPaid", candidates };
      if (search.length === 1 && !paid && !ADS_SOURCES.has(squash(key.source))) return { kind: "unmatched", why: "notPaid", candidates };
      return { kind: "matched", network: candidates[0], by: "default" };
    }
  }
  const group = key.group === null ? null : squash(key.group);
  if (group !== null && SEARCH_GROUPS.has(group)) return { kind: "unmatched", why: "ambiguous", candidates: Object.keys(SEARCH_NAMES) };
  if (group !== null && SOCIAL_GROUPS.has(group)) return { kind: "unmatched", why: "ambiguous", candidates: Object.keys(SOURCE_NAMES) };
  return { kind: "unmatched", why: "unknown", candidates: [] };
}

/** --match values as resolveKey reads them. */
export function chosenMatches(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  return new Map([...pairs].map(([value, network]) => [squash(value), network]));
}
