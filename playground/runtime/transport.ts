/**
 * google.script.run's rules for what travels between the sidebar and the server: primitives,
 * null, arrays and plain objects. A Date, a function or undefined inside an array or object, a
 * class instance or a circular reference fails the call, with a message saying where it is.
 */

function isPlainObject(value: object): boolean {
  // Checked by shape, not `instanceof`: values from the script's vm realm have that realm's Object.
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function describe(value: unknown): string | undefined {
  const type = typeof value;
  if (value === null || type === "string" || type === "number" || type === "boolean") return undefined;
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (Object.prototype.toString.call(value) === "[object Date]") return "a Date";
  if (typeof value !== "object") return `a ${typeof value}`;
  if (!Array.isArray(value) && !isPlainObject(value)) return `a ${value.constructor?.name ?? "non-plain"} object`;
  return undefined;
}

type Key = string | number;

/**
 * What cannot travel in the value, and the keys down to it, innermost first; undefined when all
 * can. The path is written only for a problem: a large table's rows are millions of cells.
 */
function findProblemIn(value: unknown, ancestors: Set<object>): { problem: string; keys: Key[] } | undefined {
  // Most of a table's cells: let go at once.
  if (typeof value === "string" || typeof value === "number") return undefined;
  const problem = describe(value);
  if (problem) return { problem, keys: [] };
  if (typeof value !== "object" || value === null) return undefined;
  if (ancestors.has(value)) return { problem: "a circular reference", keys: [] };
  ancestors.add(value);
  const found = Array.isArray(value) ? problemInItems(value, ancestors) : problemInEntries(value as Record<string, unknown>, ancestors);
  ancestors.delete(value);
  return found;
}

function problemInItems(items: readonly unknown[], ancestors: Set<object>): { problem: string; keys: Key[] } | undefined {
  for (let index = 0; index < items.length; index++) {
    const found = findProblemIn(items[index], ancestors);
    if (found) {
      found.keys.push(index);
      return found;
    }
  }
  return undefined;
}

function problemInEntries(object: Record<string, unknown>, ancestors: Set<object>): { problem: string; keys: Key[] } | undefined {
  for (const key of Object.keys(object)) {
    const found = findProblemIn(object[key], ancestors);
    if (found) {
      found.keys.push(key);
      return found;
    }
  }
  return undefined;
}

const pathStep = (path: string, key: Key) =>
  typeof key === "number" ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** What cannot travel in the value, and where ("a Date at args[0].when"), or undefined when all can. */
function findProblem(value: unknown, path: string): string | undefined {
  const found = findProblemIn(value, new Set());
  return found && `${found.problem} at ${found.keys.reduceRight(pathStep, path)}`;
}

const PLAIN_JSON = "numbers, strings, booleans, null, and arrays and plain objects of them (a date as an ISO string)";

/** The constructors of a realm (the script's vm context, or this one) whose arrays and objects a copy is made of. */
export interface Builtins {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

const CANNOT_TRAVEL = Symbol("cannot travel");

/**
 * What JSON would make of a value, its arrays and objects the given realm's own, or CANNOT_TRAVEL.
 * Checked as it is copied: a large table's cells are visited once. Strings are shared, not copied.
 */
function travelled(builtins: Builtins, value: unknown, ancestors: Set<object>): unknown {
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  // As JSON writes them: -0 is 0, NaN and the infinities are null.
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  if (describe(value) !== undefined || ancestors.has(value as object)) return CANNOT_TRAVEL;
  ancestors.add(value as object);
  const copy = Array.isArray(value) ? travelledItems(builtins, value, ancestors) : travelledEntries(builtins, value as Record<string, unknown>, ancestors);
  ancestors.delete(value as object);
  return copy;
}

function travelledItems(builtins: Builtins, items: readonly unknown[], ancestors: Set<object>): unknown {
  // Made at its length and filled by index: pushing to an array of another realm calls that
  // realm's push for each item (a third of the time of a large build's call).
  const copy = new builtins.Array<unknown>(items.length);
  for (let index = 0; index < items.length; index++) {
    const item = travelled(builtins, items[index], ancestors);
    if (item === CANNOT_TRAVEL) return CANNOT_TRAVEL;
    copy[index] = item;
  }
  return copy;
}

function travelledEntries(builtins: Builtins, object: Record<string, unknown>, ancestors: Set<object>): unknown {
  const copy = new builtins.Object() as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const item = travelled(builtins, object[key], ancestors);
    if (item === CANNOT_TRAVEL) return CANNOT_TRAVEL;
    // Defined, not assigned: a key named "__proto__" stays a key, as JSON.parse makes it.
    builtins.Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

/**
 * The arguments as the server function receives them, in the script's realm; fails unless they can
 * travel. An argument itself may be undefined: it arrives as null.
 */
export function travelledArguments(builtins: Builtins, functionName: string, args: readonly unknown[]): unknown[] {
  const copy = new builtins.Array<unknown>(args.length);
  args.forEach((arg, i) => {
    const item = arg === undefined ? null : travelled(builtins, arg, new Set());
    if (item === CANNOT_TRAVEL) throw new Error(`google.script.run.${functionName} cannot send ${findProblem(arg, `args[${i}]`)}: send only ${PLAIN_JSON}.`);
    copy[i] = item;
  });
  return copy;
}

/** The result as the sidebar receives it, in this realm; fails unless it can travel back. Undefined (no return value) can. */
export function travelledResult(functionName: string, result: unknown): unknown {
  const copy = result === undefined ? undefined : travelled(globalThis, result, new Set());
  if (copy === CANNOT_TRAVEL) {
    throw new Error(`The server function ${functionName} returned ${findProblem(result, "result")}, which google.script.run cannot send back: return only ${PLAIN_JSON}.`);
  }
  return copy;
}
