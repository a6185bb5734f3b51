// A money format that writes its sign in quotes, as Sheets' custom formats may, keeps its currency.
import { describe, expect, it } from "vitest";
import { currencyOf } from "../../src/import/currencies";
import { moneyFormat, moneyOf } from "../../src/scorecard/moneyFormat";

/** The scorecard's money format when the data names no currency and the spend cells show this format. */
const moneyFormatFor = (locale: string, spendFormat: string) => moneyFormat(moneyOf({ kind: "none" }, spendFormat, locale), locale);

describe("a quoted currency sign", () => {
  it.each([
    ['"$"#,##0.00', "$"],
    ['"£"#,##0.00', "£"],
    ['#,##0.00" €"', "€"],
    ['"€"#,##0', "€"],
    // Sheets' own "Dollar" preset.
    ["[$$]#,##0.00", "$"],
  ])("%s is money in %s", (format, sign) => {
    expect(currencyOf(format)).toBe(sign);
  });

  it("wins over the spreadsheet locale's currency", () => {
    expect(moneyFormatFor("en_US", '"£"#,##0.00')).toBe("[$£]#,##0.00");
    expect(moneyFormatFor("fr_FR", '"$"#,##0.00')).toBe("#,##0.00 [$$]");
    expect(moneyFormatFor("en_GB", '#,##0.00" €"')).toBe("[$€]#,##0.00");
  });

  it("is not read in quoted words", () => {
    expect(currencyOf('#,##0" units"')).toBeNull();
  });
});
