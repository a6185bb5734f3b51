/** A fixture for breakdown tests. */
// An agency's weekly sheet: campaigns that ran on several networks, names typed by hand
// (spaces, case), a row without a campaign, a row without an owner.
export const AGENCY: (string | number)[][] = [
  ["Week", "Network", "Campaign", "Owner", "Spend", "Clicks", "Conversions", "Revenue"],
  ["2026-03-02", "Facebook", "Spring promo", "Ana", 1200, 2400, 48, 5280],
  ["2026-03-02", "Instagram", "Spring promo", "Ana", 900, 2100, 30, 3900],
  ["2026-03-02", "TikTok", "Brand awareness", "Léa", 650, 3900, 6, 420],
  ["2026-03-09", " facebook", "spring  promo", "Marc", 800, 1500, 22, 2310],
  ["2026-03-09", "Facebook", "Retargeting", "Marc", 310.5, 620, 19, 2470],
  ["2026-03-09", "INSTAGRAM", "Brand awareness", "Léa", 420, 1300, 4, 300],
  ["2026-03-09", "LinkedIn", "", "Ana", 1500, 410, 9, 6300],
  ["2026-03-16", "Instagram", "Spring promo", "", 600, 1350, 15, 1650],
  ["2026-03-16", "LinkedIn", "Webinar", "Marc", 700, 260, 7, 2940],
];
