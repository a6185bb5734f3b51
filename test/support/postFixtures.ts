// The posts of the per-post fixtures (test/cli/fixtures), written here from their literal cells:
// weekday and hour from the calendar by hand (1 January 2026 is a Thursday), and each post's
// figure. Tests compute each weekday and hour's expected value and posts from these.

export interface Post {
  day: number;
  hour: number;
  amount: number;
  base?: number;
}

/** Each weekday and hour of the posts: the amount per post (or per base), and how many posts. */
export function expectedCells(posts: readonly Post[]): Map<string, { value: number; posts: number }> {
  const cells = new Map<string, { amount: number; base: number; posts: number }>();
  for (const { day, hour, amount, base = 1 } of posts) {
    const cell = cells.get(`${day} ${hour}`) ?? { amount: 0, base: 0, posts: 0 };
    cells.set(`${day} ${hour}`, { amount: cell.amount + amount, base: cell.base + base, posts: cell.posts + 1 });
  }
  return new Map([...cells].map(([key, { amount, base, posts: count }]) => [key, { value: amount / base, posts: count }]));
}

export const [MON, TUE, WED, THU, FRI, SAT, SUN] = [0, 1, 2, 3, 4, 5, 6];

// posts-revenue-utm-ampm.csv: Published (12-hour times) and Revenue (USD); "Restock alert" has no
// revenue, and the Total row is no post.
export const REVENUE_POSTS: Post[] = [
  { day: TUE, hour: 9, amount: 120.5 }, // 1/6/2026 9:15 AM
  { day: THU, hour: 14, amount: 210.0 }, // 1/8/2026 2:05 PM
  { day: SAT, hour: 0, amount: 45.0 }, // 1/10/2026 12:20 AM
  { day: SUN, hour: 12, amount: 310.0 }, // 1/11/2026 12:45 PM
  { day: MON, hour: 19, amount: 60.0 }, // 1/12/2026 7:30 PM
  { day: TUE, hour: 9, amount: 98.0 }, // 1/13/2026 9:40 AM
  { day: THU, hour: 14, amount: 0.0 }, // 1/15/2026 2:30 PM
  { day: MON, hour: 19, amount: 75.5 }, // 1/19/2026 7:05 PM
  { day: TUE, hour: 9, amount: 143.25 }, // 1/20/2026 9:05 AM
  { day: THU, hour: 14, amount: 185.4 }, // 1/22/2026 2:10 PM
];

// facebook-page-posts.csv: Publish time (month first, 24-hour), Reach, Reactions, Comments, Shares:
// without revenue or conversions, the engagement rate, (reactions + comments + shares) / reach.
export const FACEBOOK_POSTS: Post[] = [
  { day: MON, hour: 8, amount: 48 + 5 + 3, base: 1200 }, // 01/05/2026 08:00
  { day: WED, hour: 12, amount: 120 + 14 + 10, base: 2100 }, // 01/07/2026 12:00
  { day: FRI, hour: 18, amount: 20 + 1 + 0, base: 800 }, // 01/09/2026 18:00
  { day: SUN, hour: 21, amount: 240 + 31 + 40, base: 3000 }, // 01/11/2026 21:30
  { day: MON, hour: 8, amount: 30 + 2 + 1, base: 950 }, // 01/12/2026 08:30
  { day: WED, hour: 12, amount: 95 + 9 + 6, base: 1800 }, // 01/14/2026 12:10
  { day: FRI, hour: 18, amount: 25 + 3 + 2, base: 760 }, // 01/16/2026 18:20
  { day: MON, hour: 8, amount: 61 + 9 + 4, base: 1430 }, // 01/19/2026 08:15
  { day: WED, hour: 12, amount: 160 + 22 + 15, base: 2500 }, // 01/21/2026 12:45
  { day: WED, hour: 12, amount: 101 + 11 + 8, base: 1950 }, // 01/28/2026 12:05
];


// publications-page-facebook-fr.csv: Heure de publication (day first, 24-hour), Vues (impressions),
// Réactions, Commentaires, Partages: the engagement rate over impressions.
export const FRENCH_POSTS: Post[] = [
  { day: TUE, hour: 10, amount: 150 + 12 + 9, base: 4210 }, // 06/01/2026 10:00
  { day: THU, hour: 17, amount: 70 + 3 + 2, base: 2600 }, // 08/01/2026 17:30
  { day: TUE, hour: 10, amount: 122 + 8 + 4, base: 3980 }, // 13/01/2026 10:20
  { day: THU, hour: 17, amount: 88 + 6 + 5, base: 2950 }, // 15/01/2026 17:00
  { day: TUE, hour: 10, amount: 190 + 20 + 11, base: 5120 }, // 20/01/2026 10:05
];

// linkedin-page-posts-ampm.csv: a title line above the header, Created date (12-hour times),
// Impressions, Likes, Comments, Reposts; LinkedIn's own "Engagement rate" is a ratio, not read.
export const LINKEDIN_POSTS: Post[] = [
  { day: TUE, hour: 9, amount: 48 + 6 + 4, base: 2410 }, // 1/6/2026 9:05 AM
  { day: WED, hour: 12, amount: 131 + 24 + 12, base: 5120 }, // 1/7/2026 12:30 PM
  { day: TUE, hour: 9, amount: 35 + 3 + 1, base: 1980 }, // 1/13/2026 9:20 AM
  { day: WED, hour: 12, amount: 80 + 11 + 6, base: 3300 }, // 1/14/2026 12:10 PM
  { day: TUE, hour: 9, amount: 66 + 9 + 3, base: 2890 }, // 1/20/2026 9:45 AM
  { day: THU, hour: 16, amount: 152 + 18 + 9, base: 12040 }, // 1/22/2026 4:15 PM
];

// facebook-graph-posts-utc.csv: Created time as the Graph API writes it, in UTC (+0000), with
// Impressions and Engagements. Converted by hand: Paris is UTC+1 until Sunday 29 March 2026 at
// 1:00 UTC, UTC+2 after; New York UTC-5 until Sunday 8 March 2026 at 7:00 UTC, UTC-4 after.
// 1 March 2026 is a Sunday, 1 April a Wednesday.
const GRAPH_FIGURES = [
  { amount: 90, base: 2000 }, // 2026-03-02T17:30:00+0000, a Monday
  { amount: 60, base: 900 }, // 2026-03-05T23:20:00+0000, a Thursday
  { amount: 120, base: 2400 }, // 2026-03-09T17:05:00+0000, a Monday
  { amount: 40, base: 1100 }, // 2026-03-12T23:40:00+0000, a Thursday
  { amount: 70, base: 1600 }, // 2026-03-16T17:45:00+0000, a Monday
  { amount: 55, base: 1000 }, // 2026-03-19T23:15:00+0000, a Thursday
  { amount: 45, base: 1500 }, // 2026-03-29T00:30:00+0000, a Sunday
  { amount: 52, base: 1300 }, // 2026-03-29T01:30:00+0000, a Sunday
  { amount: 75, base: 2500 }, // 2026-04-01T11:00:00+0000, a Wednesday
  { amount: 150, base: 3000 }, // 2026-04-06T16:10:00+0000, a Monday
];
const withTimes = (times: [number, number][]): Post[] => times.map(([day, hour], i) => ({ day, hour, ...GRAPH_FIGURES[i] }));

/** In Europe/Paris: the Thursday nights past 23:00 UTC are Friday 0:00 there, the Mondays 18:00 in winter and summer time. */
export const GRAPH_POSTS_PARIS = withTimes([
  [MON, 18], [FRI, 0], [MON, 18], [FRI, 0], [MON, 18], [FRI, 0],
  [SUN, 1], // 0:30 UTC, before the change: 1:30
  [SUN, 3], // 1:30 UTC, after it: 3:30
  [WED, 13], [MON, 18],
]);

/** In America/New_York. */
export const GRAPH_POSTS_NEW_YORK = withTimes([
  [MON, 12], // 17:30 UTC - 5
  [THU, 18], // 23:20 UTC - 5
  [MON, 13], // 17:05 UTC - 4, after 8 March
  [THU, 19], [MON, 13], [THU, 19],
  [SAT, 20], // Sunday 0:30 UTC - 4 is Saturday 20:30
  [SAT, 21], [WED, 7], [MON, 12],
]);
