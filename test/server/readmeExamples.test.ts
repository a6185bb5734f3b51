// Every formula the README shows, typed into the playground's sample workbook, computes a number.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { FUNCTIONS } from "../../src/functions";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const OURS = new Set(FUNCTIONS.map((fn) => fn.name));

const balanced = (formula: string) => formula.split("(").length === formula.split(")").length;

/** The README's formulas calling our functions: in `code` spans (but those it shows as errors), and first on a line of a code block. */
function readmeFormulas(): string[] {
  const spans = [...README.matchAll(/`(=[^`]+)`( is the error)?/g)].flatMap((match) => (match[2] ? [] : [match[1]]));
  const blockLines = [...README.matchAll(/^(=\S+(?: \S+)*?)(?: {2,}.*)?$/gm)].map((match) => match[1]);
  const formulas = [...spans, ...blockLines].filter((formula) => {
    const name = /^=([A-Z_]+)\(/.exec(formula)?.[1];
    return name !== undefined && OURS.has(name) && balanced(formula) && !formula.includes("...");
  });
  return [...new Set(formulas)];
}

/** The value the formula shows, typed into a free cell right of the sample's channel data. */
function typedInSample(formula: string, locale: "en_US" | "fr_FR") {
  const workbook = sampleWorkbook();
  workbook.locale = locale;
  const session = createSession({ workbook });
  session.editCell("Channel data", "J2", formula);
  return session.usedCellReadings("Channel data")[1][9];
}

describe("formulas on the sample workbook", () => {
  const formulas = readmeFormulas();

  it("are found in the README: the examples over the sample's columns and the worked examples", () => {
    expect(formulas).toEqual(expect.arrayContaining(["=CPA(B2:B8, G2:G8)", "=ROI(H2:H, B2:B)", "=BUDGET(1000, 2%, 2%, 2)"]));
    expect(formulas.length).toBeGreaterThanOrEqual(FUNCTIONS.length);
  });

  it.each(formulas.map((formula) => [formula]))("%s, from the README, computes a number", (formula) => {
    // Written with decimal commas and semicolons, a formula is a French spreadsheet's.
    const cell = typedInSample(formula, formula.includes(";") ? "fr_FR" : "en_US");
    expect({ error: cell.error, value: typeof cell.value }).toEqual({ error: undefined, value: "number" });
  });

  it("over the sample's columns give each channel's figure, row by row", () => {
    const [header, ...channels] = sampleWorkbook().sheets[0].cells as (string | number)[][];
    expect([header[1], header[6], header[7]]).toEqual(["Budget", "Conversions", "Revenue"]);
    const workbook = sampleWorkbook();
    const session = createSession({ workbook });
    session.editCell("Channel data", "J2", "=CPA(B2:B8, G2:G8)");
    session.editCell("Channel data", "K2", "=ROI(H2:H, B2:B)");
    session.editCell("Channel data", "L2", "=ROI(H2:H8, B2:B8, 40%)");
    const rows = session.usedCellReadings("Channel data").slice(1, 1 + channels.length);
    channels.forEach(([, budget, , , , , conversions, revenue], i) => {
      const [b, c, r] = [budget, conversions, revenue] as number[];
      expect(rows[i][9].value as number).toBeCloseTo(b / c, 9);
      expect(rows[i][10].value as number).toBeCloseTo((r - b) / b, 9);
      expect(rows[i][11].value as number).toBeCloseTo((r * 0.4 - b) / b, 9);
    });
  });

  it("say what is wrong when a whole column includes its header, and how to start below it", () => {
    const cell = typedInSample("=CPA(B:B, G:G)", "en_US");
    expect(cell.display).toBe("#ERROR!");
    expect(cell.error).toBe("CPA: cost in row 1 of the range is the text 'Budget' (a header?); start the range below the header, such as B2:B rather than B:B.");
  });

  it("give the registry's example values", () => {
    for (const fn of FUNCTIONS) expect(typedInSample(fn.example.formula, "en_US").value, fn.example.formula).toBeCloseTo(fn.example.value, 9);
  });

  it("and the sample's own, on every sheet, all compute", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    for (const sheet of sampleWorkbook().sheets) {
      const errors = session.usedCellReadings(sheet.name).flat().filter((cell) => cell.error !== undefined);
      expect(errors, sheet.name).toEqual([]);
    }
  });
});
