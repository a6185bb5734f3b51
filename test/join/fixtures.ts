/**
 * The figures of the shop, CRM and analytics exports in fixtures/, copied by hand from each file's
 * data rows (GA4's totals row left out): the tests sum them themselves.
 */
export const JOIN_FIXTURES = new URL("fixtures/", import.meta.url).pathname;

/** GA4 "Traffic acquisition" by session source / medium: Total revenue per value. */
export const GA4_SOURCE_MEDIUM: Record<string, number> = {
  "google / cpc": 11240.5, "(direct) / (none)": 6230.15, "google / organic": 4410.8, "facebook / cpc": 3122.4, "ig / paid": 1408,
  "linkedin / paid_social": 1820, "newsletter / email": 1650, "l.facebook.com / referral": 512.5, "bing / cpc": 960, "(not set)": 0,
};

/** GA4 by session primary channel group: Total revenue per group. */
export const GA4_CHANNEL_GROUP: Record<string, number> = {
  "Paid Search": 11240.5, Direct: 6230.15, "Organic Search": 4410.8, "Paid Social": 6350.4, Email: 1650, "Organic Social": 512.5, Unassigned: 0,
};

/** Shopify sales by UTM campaign: Net sales per campaign ("" for the orders without UTM). */
export const SHOPIFY_NET_SALES: Record<string, number> = {
  "Spring sale - Prospecting": 3013.5, "Spring sale - Search": 5784.6, "Spring sale - Retargeting": 2465, "spring sale - shopping": 4518, "Black Friday 2025": 180, "": 5260,
};

/** HubSpot deals in GBP: origin (source / drill-down 1), stage and amount. */
export const HUBSPOT_DEALS = [
  { origin: "Paid Social / LinkedIn", stage: "Closed won", amount: 4200 },
  { origin: "Paid Social / Facebook", stage: "Closed won", amount: 1150 },
  { origin: "Paid Social / LinkedIn", stage: "Closed lost", amount: 2600 },
  { origin: "Paid Social / LinkedIn", stage: "Contract sent", amount: 3900 },
  { origin: "Paid Social / Facebook", stage: "Closed won", amount: 780 },
  { origin: "Offline Sources / CRM_UI", stage: "Closed won", amount: 2300 },
  { origin: "Organic Social / LinkedIn", stage: "Closed won", amount: 1650 },
  { origin: "Paid Social / Facebook", stage: "Appointment scheduled", amount: 450 },
];

/**
 * GA4 by session source / medium for a shop in dollars, beside LinkedIn, TikTok and Snapchat spend:
 * Total revenue per row (two rows spell LinkedIn's value in other cases; UTM sources with a "*", a
 * "<", and Meta's dynamic parameter left unfilled).
 */
export const GA4_SOURCE_MEDIUM_USD: [string, number][] = [
  ["(direct) / (none)", 6840.1], ["google / organic", 5120.3], ["tiktok / paid", 3312.75], ["linkedin / paid_social", 2450.4], ["promo*spring / email", 1290],
  ["snapchat / paid_social", 980.2], ["promo-spring / email", 860], ["bing / cpc", 505.5], ["tiktok / referral", 415], ["LinkedIn / Paid_Social", 310],
  ["{{site_source_name}} / paid", 236.4], ["<newsletter> / email", 120], ["(not set)", 0],
];
