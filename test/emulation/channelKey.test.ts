// The grouping's channel key against the linked formulas' comparison, computed by the emulated
// Sheets: two names are one channel for the add-on exactly when they are equal for the sheet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { channelKey, channelName, channelNameFormula } from "../../src/scorecard/channelKey";
import { emulate, workbookFile } from "./emulate";

// Spaces Sheets trims, spaces it does not, and letters differing by case and by accent.
const name = fc.array(fc.constantFrom(" ", "\t", "\u00a0", "a", "A", "é", "É", "e", "o", "ô"), { maxLength: 7 }).map((chars) => chars.join(""));

describe("channel names in the grouping and in the sheet's formulas", () => {
  it("agree on which names are the same channel", () => {
    const pairs = fc.sample(fc.tuple(name, name), { numRuns: 300, seed: 7 });
    // Half the pairs share their key, so both answers are tried often.
    const tried = pairs.map(([a, b], i) => (i % 2 === 0 ? [a, b] : [a, a.toUpperCase().replace(/ /g, "  ")]));
    const rows = tried.map(([a, b], i) => [`'${a}`, `'${b}`, `=${channelNameFormula(`A${i + 1}`)}=${channelNameFormula(`B${i + 1}`)}`, `=${channelNameFormula(`A${i + 1}`)}`]);
    const { sheet } = emulate(workbookFile({ Sheet1: rows }));
    const computed = sheet().getRange(`C1:D${rows.length}`).getValues();
    tried.forEach(([a, b], i) => {
      expect([a, b, computed[i][0]]).toEqual([a, b, channelKey(a) === channelKey(b)]);
      expect(computed[i][1]).toBe(channelName(a));
    });
    expect(computed.filter(([same]) => same === true).length).toBeGreaterThan(100);
  });

  it("keeps accents and inner single spaces, and tidies the rest", () => {
    expect(channelName("\u00a0Côte\t d'Azur  ")).toBe("Côte d'Azur");
    expect(channelKey("CÔTE D'AZUR")).toBe(channelKey("côte d'azur"));
    expect(channelKey("Cote d'Azur")).not.toBe(channelKey("Côte d'Azur"));
  });
});
