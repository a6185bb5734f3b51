const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median wall time of repeated runs, after one warm-up run; each run starts on a collected heap. */
export function medianMs(run: () => unknown, runs = 15): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}
