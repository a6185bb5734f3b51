import { describe, expect, it } from "vitest";
import { currencyOf } from "../../src/import/currencies";
import { moneyFormat, moneyOf } from "../../src/scorecard/moneyFormat";
import { guardText } from "../../src/scorecard/sheetText";
import { chooseTarget } from "../../src/scorecard/target";

describe("where a build writes", () => {
  it("rebuilds the scorecard the add-on built before", () => {
    expect(chooseTarget([{ name: "Data", ours: false }, { name: "Channel scorecard (2)", ours: true }], "Channel scorecard", "Data")).toEqual({
      rebuild: "Channel scorecard (2)",
    });
  });

  it("never takes a user's sheet of the same name: the new sheet gets another name", () => {
    const sheets = [{ name: "channel scorecard", ours: false }, { name: "Channel scorecard (2)", ours: false }];
    expect(chooseTarget(sheets, "Channel scorecard", null)).toEqual({ insert: "Channel scorecard (3)" });
    expect(chooseTarget([], "Channel scorecard", null)).toEqual({ insert: "Channel scorecard" });
  });

  it("never rebuilds over the sheet the data is read from", () => {
    expect(chooseTarget([{ name: "Channel scorecard", ours: true }], "Channel scorecard", "Channel scorecard")).toEqual({
      insert: "Channel scorecard (2)",
    });
  });
});

describe("money format", () => {
  // When the data says no currency: the budget cells' format's, else the locale's.
  const moneyFormatFor = (locale: string, budgetFormat: string | null) => moneyFormat(moneyOf({ kind: "none" }, budgetFormat, locale), locale);

  it("keeps the currency of the user's budget cells", () => {
    expect(currencyOf("[$€]#,##0")).toBe("€");
    expect(currencyOf("#,##0.00 [$€-fr-FR]")).toBe("€");
    expect(currencyOf('"Total "$#,##0')).toBe("$");
    expect(moneyFormatFor("en_US", "[$£]#,##0")).toBe("[$£]#,##0.00");
  });

  it("falls back to the spreadsheet locale's currency, placed as the locale writes it", () => {
    expect(moneyFormatFor("fr_FR", null)).toBe("#,##0.00 [$€]");
    expect(moneyFormatFor("en_GB", "0")).toBe("[$£]#,##0.00");
    expect(moneyFormatFor("en_US", null)).toBe("[$$]#,##0.00");
  });
});

describe("user text", () => {
  it("reaches the sheet as literal text, never as a formula", () => {
    expect(guardText('=IMPORTXML("http://x","//a")')).toBe(`'=IMPORTXML("http://x","//a")`);
    expect(guardText("+33 campaign")).toBe("'+33 campaign");
    expect(guardText("")).toBe("");
  });
});
