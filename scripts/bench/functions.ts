/** Vectorized custom functions over 100,000 rows through dist/Code.js, against a plain loop. */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { CODE_PATH, loadBundle } from "../loadBundle";
import { medianMs, printTable } from "./measure";

const ROWS = 100_000;

type Column = (number | "")[][];

function column(make: (row: number) => number | ""): Column {
  return Array.from({ length: ROWS }, (_, row) => [make(row)]);
}

// The baselines: the same divisions with no checks, blank on a zero denominator.
function plainDivision(numerators: Column, denominators: Column): Column {
  const out: Column = [];
  for (let i = 0; i < numerators.length; i++) {
    const d = denominators[i][0] as number;
    out.push([d === 0 ? "" : (numerators[i][0] as number) / d]);
  }
  return out;
}

function plainRoi(gains: Column, costs: Column): Column {
  const out: Column = [];
  for (let i = 0; i < gains.length; i++) {
    const c = costs[i][0] as number;
    out.push([c === 0 ? "" : ((gains[i][0] as number) - c) / c]);
  }
  return out;
}

export function benchFunctions(): void {
  const code = readFileSync(CODE_PATH, "utf8");
  const bundle = loadBundle(code);
  // The baselines run in the bundle's own context, so both pay the same host costs.
  const inBundleContext = <F>(fn: F): F => vm.runInContext(`(${String(fn)})`, bundle as vm.Context) as F;
  const loops = { CPA: inBundleContext(plainDivision), ROI: inBundleContext(plainRoi) };
  const costs = column((row) => 50 + (row % 997));
  const conversions = column((row) => row % 13);
  const gains = column((row) => 40 + ((row * 7) % 2003));
  const cases = [
    { name: "CPA", args: [costs, conversions] },
    { name: "ROI", args: [gains, costs] },
  ] as const;

  printTable(
    `Custom functions over ${ROWS.toLocaleString("en")} rows (median of 15 runs; targets: < 100 ms, within 3x of the loop)`,
    cases.map(({ name, args }) => {
      const stub = bundle[name] as (...a: Column[]) => unknown;
      const bundleMs = medianMs(() => stub(...args));
      const loopMs = medianMs(() => loops[name](args[0], args[1]));
      return { function: name, "Code.js ms": bundleMs.toFixed(1), "plain loop ms": loopMs.toFixed(1), ratio: `${(bundleMs / loopMs).toFixed(2)}x` };
    }),
  );
  // Apps Script loads the whole file for every custom-function cell it computes.
  printTable("Bundle (target: Code.js < 40 KB)", [
    { file: "dist/Code.js", KB: (Buffer.byteLength(code) / 1024).toFixed(1), "load in a fresh context, ms": medianMs(() => loadBundle(code)).toFixed(2) },
  ]);
}
