/** Counts calls to the emulated Apps Script services, by name such as "Range.setValues". */

export interface ServiceCallCounts {
  total: number;
  byName: Record<string, number>;
}

export class ServiceCalls {
  private readonly counts = new Map<string, number>();

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  summary(): ServiceCallCounts {
    const byName = Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
    return { total: [...this.counts.values()].reduce((sum, n) => sum + n, 0), byName };
  }

  reset(): void {
    this.counts.clear();
  }
}
