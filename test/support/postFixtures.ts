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
