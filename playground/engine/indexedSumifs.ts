/**
 * SUMIFS with a fast path for the criteria a linked scorecard uses: plain text matched against
 * whole cells (no operator, wildcard or number). HyperFormula scans its ranges once per distinct
 * criterion, so a scorecard of 5,000 channels over 50,000 source rows would read 250 million
 * cells; here the ranges are read once into an index (the sums by key), kept where HyperFormula
 * keeps its own SUMIFS caches, on the sum range, which it clears when any cell of the ranges changes.
 *
 * The matching is Sheets' for such a criterion: the whole cell's text, case ignored (as the
 * engine's caseSensitive and accentSensitive settings say); numbers, booleans and blanks never
 * equal text. Every other criterion goes to HyperFormula's own SUMIFS, as does a range that is
 * not a reference (an array result).
 *
 * A period's cells add one more shape: a day range bounded below and above (">="&first, "<"&after,
 * on one range), beside plain-text criteria. Their index keeps, per key, the rows' days in order
 * with the sums beside them, so that each period reads only its own rows.
 *
 * A held sheet's rows (see heldRows.ts) are indexed alike: they never change, so an index of held
 * rows alone is kept with them, and one that also reads engine ranges is kept on those ranges.
 */
import { CellError, HyperFormula, type FunctionPluginDefinition, type SimpleRangeValue } from "hyperformula";
import { heldRowsOf } from "./heldRows";

// HyperFormula's plugin internals are not typed: the few members used here.
interface RangeVertex {
  getCriterionFunctionValues(key: string): Map<string, [unknown, unknown[]]>;
  setCriterionFunctionValues(key: string, values: Map<string, [unknown, unknown[]]>): void;
  addDependentCacheRange(range: RangeVertex): void;
}
interface Range {
  sheet: number;
  start: { sheet: number; row: number; col: number };
  end: { sheet: number; row: number; col: number };
}
interface PluginInternals {
  arithmeticHelper: { normalizeString(text: string): string; nonstrictadd(left: unknown, right: unknown): unknown; coerceToMaybeNumber(text: string): unknown };
  dependencyGraph: { getRange(start: Range["start"], end: Range["end"]): RangeVertex | undefined };
  runFunction(args: unknown[], state: unknown, metadata: unknown, compute: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  sumifs(ast: { args: unknown[] }, state: unknown): unknown;
}
type Index = Map<string, unknown>;
/** Per key, the rows' days in increasing order and each row's summed value. */
type SpanIndex = Map<string, { days: number[]; values: unknown[] }>;
/** A day range's bounds: from `from` (counted) to `before` (not counted). */
interface Span {
  range: SimpleRangeValue;
  from: number;
  before: number;
}
type PluginClass = { implementedFunctions: Record<string, unknown> } & (new (...args: never[]) => PluginInternals);

const INDEX_ENTRY = "index";
const WILDCARDS = /[*?~]/;
const LEADING_OPERATOR = /^[=<>]/;
const BOOLEAN = /^(true|false)$/i;

/** HyperFormula's own SUMIFS, taken before ours replaces it. */
const builtIn = HyperFormula.getFunctionPlugin("SUMIFS") as unknown as PluginClass;

/** The key a condition cell is indexed by, or null when no plain-text criterion can match it. */
function cellKey(helper: PluginInternals["arithmeticHelper"], value: unknown): string | null {
  return typeof value === "string" && value !== "" ? helper.normalizeString(value) : null;
}

// The sum range's numbers, errors passed on, anything else left out: as HyperFormula's SUMIFS reads them.
function summed(value: unknown): unknown {
  if (value instanceof CellError || typeof value === "number") return value;
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return undefined;
}

// One condition's key is its text; several are joined unambiguously.
const rowKey = (keys: readonly string[]) => (keys.length === 1 ? keys[0] : JSON.stringify(keys));

const rangeKey = ({ start }: Range) => `${start.sheet},${start.col},${start.row}`;

export const indexedSumifsPlugin: FunctionPluginDefinition = class IndexedSumifsPlugin extends builtIn {
  static implementedFunctions = { SUMIFS: builtIn.implementedFunctions.SUMIFS };

  sumifs(ast: { args: unknown[] }, state: unknown): unknown {
    let indexed = true;
    const result = this.runFunction(ast.args, state, this.metadata("SUMIFS"), (values, ...conditions) => {
      const sum = this.indexedSum(values as SimpleRangeValue, conditions);
      if (sum === undefined) indexed = false;
      return sum ?? 0;
    });
    return indexed ? result : super.sumifs(ast, state);
  }

  /**
   * Text that Sheets matches as itself: no leading operator, no wildcard, not a number, a boolean
   * or blank. (HyperFormula's own SUMIFS would read "x=y" as "=y", and "a|b" as "a" or "b".)
   */
  private isPlainText(criterion: unknown): criterion is string {
    return (
      typeof criterion === "string" && criterion !== "" && !LEADING_OPERATOR.test(criterion) && !WILDCARDS.test(criterion) &&
      !BOOLEAN.test(criterion) && this.arithmeticHelper.coerceToMaybeNumber(criterion) === undefined
    );
  }

  /** ">=46000" or "<46007": a bound of a day range, or null for any other criterion. */
  private bound(criterion: unknown): { operator: ">=" | "<"; value: number } | null {
    const match = typeof criterion === "string" ? /^(>=|<)(.+)$/.exec(criterion) : null;
    if (!match) return null;
    const number = summed(this.arithmeticHelper.coerceToMaybeNumber(match[2]));
    return typeof number === "number" ? { operator: match[1] as ">=" | "<", value: number } : null;
  }

  /** The sum from the index of these ranges, or undefined when the fast path does not apply. */
  private indexedSum(values: SimpleRangeValue, conditions: unknown[]): unknown {
    const ranges: SimpleRangeValue[] = [];
    const keys: string[] = [];
    const bounds: { range: SimpleRangeValue; operator: ">=" | "<"; value: number }[] = [];
    for (let i = 0; i < conditions.length; i += 2) {
      const range = conditions[i] as SimpleRangeValue;
      const criterion = conditions[i + 1];
      if (range === undefined || this.argumentKey(range) === null || !range.sameDimensionsAs(values)) return undefined;
      const bound = this.bound(criterion);
      if (bound) bounds.push({ range, ...bound });
      else if (this.isPlainText(criterion)) {
        ranges.push(range);
        keys.push(this.arithmeticHelper.normalizeString(criterion));
      } else return undefined;
    }
    if (ranges.length === 0 || this.argumentKey(values) === null) return undefined;
    if (bounds.length === 0) {
      const index = this.index(values, ranges);
      return index === undefined ? undefined : index.get(rowKey(keys)) ?? 0;
    }
    // One day range, bounded on both sides: the shape a period's cell writes.
    const [from, before] = [bounds.find((bound) => bound.operator === ">="), bounds.find((bound) => bound.operator === "<")];
    if (bounds.length !== 2 || !from || !before || this.argumentKey(from.range) !== this.argumentKey(before.range)) return undefined;
    return this.spanSum(values, ranges, keys, { range: from.range, from: from.value, before: before.value });
  }

  /** The sum of the rows of these keys whose day is in the span, from the day-ordered index; undefined when it cannot be built. */
  private spanSum(values: SimpleRangeValue, ranges: readonly SimpleRangeValue[], keys: readonly string[], span: Span): unknown {
    const index = this.spanIndex(values, ranges, span.range);
    if (index === undefined) return undefined;
    const group = index.get(rowKey(keys));
    if (!group) return 0;
    const { days, values: summedValues } = group;
    let total: unknown = 0;
    for (let i = firstAtLeast(days, span.from); i < days.length && days[i] < span.before; i++) total = this.arithmeticHelper.nonstrictadd(total, summedValues[i]);
    return total;
  }

  private spanIndex(values: SimpleRangeValue, ranges: readonly SimpleRangeValue[], dayRange: SimpleRangeValue): SpanIndex | undefined {
    return this.cached("SUMIFS span index", values, [...ranges, dayRange], () => this.buildSpanIndex(values, ranges, dayRange));
  }

  private buildSpanIndex(values: SimpleRangeValue, ranges: readonly SimpleRangeValue[], dayRange: SimpleRangeValue): SpanIndex {
    const rows = new Map<string, { day: number; value: unknown }[]>();
    const columns = ranges.map((range) => range.valuesFromTopLeftCorner());
    const days = dayRange.valuesFromTopLeftCorner();
    values.valuesFromTopLeftCorner().forEach((value: unknown, row) => {
      // A day is a number: text, blanks and booleans are in no period, as Sheets compares them.
      const day = days[row];
      if (typeof day !== "number") return;
      const key = this.keyOfRow(columns, row);
      if (key === null) return;
      const list = rows.get(key);
      if (list) list.push({ day, value: summed(value) });
      else rows.set(key, [{ day, value: summed(value) }]);
    });
    const index: SpanIndex = new Map();
    // Array.prototype.sort is stable: rows of one day keep their order.
    for (const [key, list] of rows) {
      list.sort((a, b) => a.day - b.day);
      index.set(key, { days: list.map((entry) => entry.day), values: list.map((entry) => entry.value) });
    }
    return index;
  }

  /** A row's key over the condition columns; null when one of its cells no plain-text criterion can match. */
  private keyOfRow(columns: readonly unknown[][], row: number): string | null {
    const keys: string[] = [];
    for (const column of columns) {
      const key = cellKey(this.arithmeticHelper, column[row]);
      if (key === null) return null;
      keys.push(key);
    }
    return rowKey(keys);
  }

  /** What names an argument in an index's key: its range, or the held reference it reads; null for any other array. */
  private argumentKey(value: SimpleRangeValue): string | null {
    if (value.range !== undefined) return rangeKey(value.range as unknown as Range);
    const reference = heldRowsOf(this.dependencyGraph)?.referenceOf(value);
    return reference === undefined ? null : `held ${reference}`;
  }

  /**
   * The index of these arguments, built once: kept on the sum range's vertex (or, for held rows, the
   * first condition range's), which HyperFormula clears when a cell of the ranges changes; kept with
   * the held rows when it reads nothing else. Undefined when a range has no vertex.
   */
  private cached<T>(name: string, values: SimpleRangeValue, ranges: readonly SimpleRangeValue[], build: () => T): T | undefined {
    const args = [values, ...ranges];
    const cacheKey = [name, ...args.map((arg) => this.argumentKey(arg))].join(";");
    const vertices = args.filter((arg) => arg.range !== undefined).map((arg) => {
      const range = arg.range as unknown as Range;
      return this.dependencyGraph.getRange(range.start, range.end);
    });
    if (vertices.some((vertex) => vertex === undefined)) return undefined;
    const [home, ...others] = vertices as RangeVertex[];
    if (home === undefined) return heldRowsOf(this.dependencyGraph)?.aggregate(cacheKey, build) as T | undefined;
    const cached = home.getCriterionFunctionValues(cacheKey).get(INDEX_ENTRY);
    if (cached) return cached[0] as T;
    const index = build();
    home.setCriterionFunctionValues(cacheKey, new Map([[INDEX_ENTRY, [index, []]]]));
    for (const vertex of others) vertex.addDependentCacheRange(home);
    return index;
  }

  private index(values: SimpleRangeValue, ranges: readonly SimpleRangeValue[]): Index | undefined {
    return this.cached("SUMIFS index", values, ranges, () => this.buildIndex(values, ranges));
  }

  private buildIndex(values: SimpleRangeValue, ranges: readonly SimpleRangeValue[]): Index {
    const index: Index = new Map();
    const columns = ranges.map((range) => range.valuesFromTopLeftCorner());
    values.valuesFromTopLeftCorner().forEach((value: unknown, row) => {
      const key = this.keyOfRow(columns, row);
      if (key === null) return;
      index.set(key, this.arithmeticHelper.nonstrictadd(index.get(key) ?? 0, summed(value)));
    });
    return index;
  }
} as unknown as FunctionPluginDefinition;

/** The first index of an increasing list whose value is at least `value` (the list's length when none). */
function firstAtLeast(list: readonly number[], value: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
