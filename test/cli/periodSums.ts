// The command line's periods in JSON against the plain sums of the rows of each period, computed here.
import { expect } from "vitest";
import { sumsBy, type DatedRow } from "./periodFixtures";

interface PeriodFigures {
  spend: number;
  results: number;
  revenue: number;
  cpa: number | null;
  roi: number | null;
}

export interface JsonPeriods {
  periods: { start: string; total: PeriodFigures; channels: (PeriodFigures & { channel?: string })[] }[];
}

/** Every period's total and channels equal the rows' plain sums; empty channels are zeros. */
export function expectPeriodSums(periods: JsonPeriods, rows: readonly DatedRow[], periodOf: (day: string) => string): void {
  const sums = sumsBy(rows, periodOf);
  expect(periods.periods.map((period) => period.start)).toEqual([...sums.keys()].sort());
  for (const period of periods.periods) {
    const expected = sums.get(period.start)!;
    expect(period.total.spend).toBeCloseTo(expected.total.spend, 6);
    expect(period.total.results).toBeCloseTo(expected.total.results, 6);
    expect(period.total.revenue).toBeCloseTo(expected.total.revenue, 6);
    expect(period.total.cpa).toBeCloseTo(expected.total.spend / expected.total.results, 9);
    expect(period.total.roi).toBeCloseTo((expected.total.revenue - expected.total.spend) / expected.total.spend, 9);
    for (const channel of period.channels) {
      const figures = expected.channels.get(channel.channel!) ?? { spend: 0, results: 0, revenue: 0 };
      expect(channel.spend, `${period.start} ${channel.channel}`).toBeCloseTo(figures.spend, 6);
      expect(channel.results).toBeCloseTo(figures.results, 6);
      expect(channel.revenue).toBeCloseTo(figures.revenue, 6);
    }
  }
}
