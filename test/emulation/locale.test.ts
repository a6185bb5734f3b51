// A French spreadsheet, as Sheets reads it in fr_FR: decimal commas and ";" in what is typed, numbers
// shown with a narrow no-break space between thousands, formulas shown back the French way.
import { describe, expect, it } from "vitest";
import { engineInput, localFormula, spreadsheetLocaleFor } from "../../playground/emulation";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("typed input in fr_FR", () => {
  it.each([
    ["12,5", "12.5"],
    ["-3,75", "-3.75"],
    ["4 200,00 €", "4200.00€"],
    [`4${NNBSP}200,50`, "4200.50"],
    ["4\u00a0200", "4200"],
    ["12,5 %", "12.5%"],
    [`12,5${NBSP}%`, "12.5%"],
    ["=ROI(12,5; 10)", "=ROI(12.5, 10)"],
    ["=CPA(B2:B8; G2:G8)", "=CPA(B2:B8, G2:G8)"],
    ['=IF(A1="a;b"; 1,5; 2)', '=IF(A1="a;b", 1.5, 2)'],
    ["Facebook, Instagram", "Facebook, Instagram"],
    ["abc", "abc"],
  ])("%j is read as %j", (typed, read) => {
    expect(engineInput(typed, "fr_FR")).toBe(read);
  });

  it("leaves English input as typed", () => {
    expect(engineInput("=ROI(12.5, 10)", "en_US")).toBe("=ROI(12.5, 10)");
    expect(engineInput("1,000", "en_US")).toBe("1,000");
  });

  it("shows formulas back with ';' and decimal commas, quoted text untouched", () => {
    expect(localFormula('=IF(A1="1.5, 2", ROI(12.5, 10), 0)', "fr_FR")).toBe('=IF(A1="1.5, 2"; ROI(12,5; 10); 0)');
    expect(localFormula("=SUM('Q1.2024, final'!B2:B9)", "fr_FR")).toBe("=SUM('Q1.2024, final'!B2:B9)");
  });

  it("opens the playground in fr_FR for a French user, and keeps the file's locale otherwise", () => {
    expect(["fr", "fr_FR", "fr-CA", "en", "en_GB", undefined, ""].map(spreadsheetLocaleFor)).toEqual([
      "fr_FR", "fr_FR", "fr_CA", undefined, undefined, undefined, undefined,
    ]);
  });
});

describe("a French session on the sample workbook", () => {
  const session = () => createSession({ workbook: sampleWorkbook(), userLocale: "fr", spreadsheetLocale: "fr_FR" });
  const cell = (opened: ReturnType<typeof session>, sheet: string, row: number, column: number) =>
    opened.view().sheets.find((s) => s.name === sheet)!.cells[row][column];

  it("typing 12,5 gives the number 12.5, shown as typed", () => {
    const opened = session();
    opened.editCell("Channel data", "J2", "12,5");
    expect(cell(opened, "Channel data", 1, 9)).toMatchObject({ value: 12.5, display: "12,5", input: "12,5", numeric: true });
  });

  it("typing 12,5 % gives 0.125 as a percent", () => {
    const opened = session();
    opened.editCell("Channel data", "J2", "12,5 %");
    expect(cell(opened, "Channel data", 1, 9)).toMatchObject({ value: 0.125, display: `12,50${NBSP}%`, input: `12,5${NBSP}%` });
  });

  it("computes =ROI(12,5; 10) and shows the formula the French way", () => {
    const opened = session();
    opened.editCell("Channel data", "J2", "=ROI(12,5; 10)");
    expect(cell(opened, "Channel data", 1, 9)).toMatchObject({ value: (12.5 - 10) / 10, display: `25,0${NBSP}%`, input: "=ROI(12,5; 10)" });
    expect(opened.serialize().sheets[0].cells[1][9]).toBe("=ROI(12.5, 10)");
  });

  it("typing 4 200,00 € gives 4200 in euros, shown as typed", () => {
    const opened = session();
    opened.editCell("Channel data", "J2", "4 200,00 €");
    expect(cell(opened, "Channel data", 1, 9)).toMatchObject({ value: 4200, display: `4${NNBSP}200,00 €` });
  });

  it("shows money with the thousands and decimals of fr_FR", () => {
    const opened = session();
    opened.editCell("Channel data", "J2", "=BUDGET(1000; 2 %; 2 %; 2)");
    expect(cell(opened, "Channel data", 1, 9).display).toBe(`5${NNBSP}000,00`);
    expect(cell(opened, "Channel data", 1, 1).display).toBe(`€4${NNBSP}200`);
  });
});

describe("numbers that cannot be laid out, typed into a view", () => {
  it("1e307 in a percent cell shows in scientific notation, and every view still opens", () => {
    const opened = createSession({ workbook: sampleWorkbook() });
    opened.editCell("Channel data", "F2", "1e307");
    const row = opened.view().sheets[0].cells[1];
    expect(row[5]).toMatchObject({ value: 1e307, display: "1E+309%" });
    opened.editCell("Channel data", "B2", "1e308");
    expect(opened.view().sheets[0].cells[1][1].display).toBe("€1E+308");
  });
});
