/**
 * The figures of the exports in fixtures/sources, one per network, copied by hand from each file's
 * data rows (summary and totals rows left out): the tests sum them themselves.
 */
export const SOURCE_FIXTURES = new URL("fixtures/sources/", import.meta.url).pathname;

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const META = {
  spend: [1204.55, 386.2, 610.05, 250.5], conversions: [52, 14, 41, 11], revenue: [3640, 1001.3, 3205.1, 766],
  clicks: [1410, 402, 790, 275], impressions: [120233, 51877, 33120, 16674], reach: [88012, 40230, 12088, 15002],
  campaigns: ["Spring sale - Prospecting", "Spring sale - Prospecting", "Spring sale - Retargeting", "Brand awareness"],
  adSets: ["Lookalike 1%", "Lookalike 1%", "Cart abandoners 14d", "Broad FR"],
};
export const GOOGLE = {
  spend: [780.64, 2075.64, 1586.0, 512.4], conversions: [96, 61.5, 74.25, 9], revenue: [5412, 3904.75, 6120.3, 702],
  clicks: [1904, 2118, 3050, 840], impressions: [14220, 52310, 88904, 120551],
  campaigns: ["Spring sale - Search", "Spring sale - Search", "Spring sale - Shopping", "Remarketing - Display"],
  adSets: ["Brand terms", "Generic shoes", "All products", "Cart abandoners 14d"],
};
export const LINKEDIN = {
  spend: [1840.22, 402.78, 215.0], conversions: [12, 4, 0], leads: [38, 9, 0], clicks: [512, 133, 98], impressions: [61220, 18904, 40112],
  campaigns: ["Spring sale - Decision makers", "Spring sale - Retargeting", "Thought leadership"],
};
export const TIKTOK_GBP = { spend: [640, 360], conversions: [38, 17], revenue: [2280, 1020], clicks: [2210, 1320], impressions: [210442, 160980] };

/** Snapchat's swipe ups are its clicks. */
export const SNAPCHAT_USD = { spend: [502.8, 297.2], conversions: [19, 8], revenue: [1140, 455.9], clicks: [3120, 1406], impressions: [240118, 130040] };
