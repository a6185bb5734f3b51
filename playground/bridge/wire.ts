/**
 * How google.script.run arguments travel from the sidebar to the playground's server. JSON alone
 * would silently turn a Date into text and undefined into null, where Apps Script refuses them;
 * so those values are tagged on the way and restored on arrival, for the runtime to refuse.
 */
const TAG = "$appsScriptUnsupported";

type Tagged = { [TAG]: "Date" | "function" | "undefined" };

function isTagged(value: unknown): value is Tagged {
  return typeof value === "object" && value !== null && TAG in value;
}

function tag(value: unknown): unknown {
  if (value instanceof Date) return { [TAG]: "Date" };
  if (typeof value === "function") return { [TAG]: "function" };
  if (value === undefined) return { [TAG]: "undefined" };
  if (Array.isArray(value)) return value.map(tag);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, tag(v)]));
  }
  return value;
}

function untag(value: unknown): unknown {
  if (isTagged(value)) {
    const kind = value[TAG];
    if (kind === "Date") return new Date(0);
    if (kind === "function") return () => undefined;
    return undefined;
  }
  if (Array.isArray(value)) return value.map(untag);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, untag(v)]));
  }
  return value;
}

export function encodeArguments(args: readonly unknown[]): string {
  return JSON.stringify(tag([...args]));
}

export function decodeArguments(text: string): unknown[] {
  const decoded = untag(JSON.parse(text));
  if (!Array.isArray(decoded)) throw new Error("google.script.run arguments must be a list");
  return decoded;
}
