// Sheets' MATCH with match type 0 reads * and ? in a text key as wildcards and ~ as "the next
// character as typed": the engine must send a formula to the row Sheets would, so that a lookup
// that is wrong in Sheets is wrong here too, and an escaped one right in both.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../playground/engine";

const CONFIG = { caseSensitive: false, accentSensitive: true, useArrayArithmetic: true, smartRounding: false };
const NO_FUNCTIONS = { catalog: [], functions: {} };
const NAMES = ["Display Retargeting", "Display*", "Search?", "Search1", "a~b", "Facebook"];

function matchOf(formula: string): unknown {
  const engine = createEngine(NO_FUNCTIONS, { sheets: { Sheet1: [...NAMES.map((name) => [name]), [formula]] }, config: CONFIG });
  const value = engine.getCellValue({ sheet: 0, row: NAMES.length, col: 0 });
  engine.destroy();
  return typeof value === "object" && value !== null && "type" in value ? `#${String(value.type)}` : value;
}

// 1-based position of the first name the pattern matches whole, case aside, by hand: * any run, ? one character, ~x the character x.
function byHand(pattern: string): number | string {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "~" && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const found = NAMES.findIndex((name) => new RegExp(`^${source}$`, "i").test(name));
  return found < 0 ? "#NA" : found + 1;
}

const escaped = (text: string) => text.replace(/[~*?]/g, (c) => `~${c}`);

describe("MATCH with wildcards, as Sheets reads them", () => {
  it.each(["Display*", "Search?", "display*", "*book", "S*1", "Nothing*"])("%s finds the first name it matches, not only itself", (key) => {
    expect(matchOf(`=MATCH("${key}", A1:A${NAMES.length}, 0)`)).toBe(byHand(key));
  });

  it.each(NAMES)("the name %s escaped finds itself", (name) => {
    const formula = `=MATCH(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE("${name}", "~", "~~"), "*", "~*"), "?", "~?"), A1:A${NAMES.length}, 0)`;
    expect(matchOf(formula)).toBe(NAMES.indexOf(name) + 1);
    expect(byHand(escaped(name))).toBe(NAMES.indexOf(name) + 1);
  });

  it("keys without wildcards and other match types answer as before", () => {
    expect(matchOf(`=MATCH("facebook", A1:A${NAMES.length}, 0)`)).toBe(6);
    expect(matchOf(`=MATCH("Nothing", A1:A${NAMES.length}, 0)`)).toBe("#NA");
    expect(matchOf(`=MATCH(B1, A1:A${NAMES.length}, 0)`)).toBe("#NA");
  });
});
