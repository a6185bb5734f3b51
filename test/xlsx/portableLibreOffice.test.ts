// The sample downloaded as .xlsx keeps its worked examples live: our functions are written as their
// native twins, which LibreOffice recomputes (its cached values ignored) to the source's figures,
// and again when an input changes in the file.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { FUNCTIONS } from "../../src/functions";
import { createSession } from "../addon/scorecardSession";
import { eachShownByLibreOffice } from "../support/libreOffice";

const EXAMPLES = "Worked examples";
const OUR_CALL = new RegExp(`\\b(${FUNCTIONS.map((fn) => fn.name).join("|")})\\(`, "i");

/** The label and the shown value of each row of the worked examples that has both. */
const shownByLabel = (rows: string[][]) => Object.fromEntries(rows.filter((row) => row[0] && row[1]).map((row) => [row[0], row[1]]));

let written: ExcelJS.Workbook;
let shown: Record<string, string>;
let shownWithTenCustomers: Record<string, string>;

beforeAll(async () => {
  const session = createSession({ workbook: sampleWorkbook() });
  const bytes = await workbookToXlsx(session.serialize(), session.view());
  written = new ExcelJS.Workbook();
  await written.xlsx.load(bytes as unknown as ArrayBuffer);
  // The same contest with 10 customers instead of 100, changed in the file itself.
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.load(bytes as unknown as ArrayBuffer);
  edited.getWorksheet(EXAMPLES)!.getCell("B13").value = 10;
  const editedBytes = new Uint8Array(await edited.xlsx.writeBuffer());
  const both = await eachShownByLibreOffice({ sample: bytes, tenCustomers: editedBytes }, EXAMPLES);
  shown = shownByLabel(both.sample);
  shownWithTenCustomers = shownByLabel(both.tenCustomers);
}, 300_000);

describe("the sample's worked examples downloaded as .xlsx", () => {
  it("are native formulas, none of our functions left", () => {
    const formulas: string[] = [];
    written.getWorksheet(EXAMPLES)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
      }),
    );
    expect(formulas.length).toBeGreaterThanOrEqual(12);
    expect(formulas.filter((formula) => OUR_CALL.test(formula))).toEqual([]);
  });

  it("recompute in LibreOffice to the source's figures", () => {
    expect(shown).toMatchObject({
      "Visitors needed": "50,000",
      "Impressions needed": "2,500,000",
      Budget: "€5,000",
      "Cost per acquisition": "€5.00",
      ROI: "900%",
      ROAS: "10.0x",
      "Customers to break even": "10",
      // 5 buyers of 30 clicks
      "Conversion rate of clicks": "16.7%",
      "Clicks the ads must bring": "50,000",
      "Sales the budget buys": "1,000",
    });
  });

  it("follow an input changed in the file: 10 customers is break-even, ROI 0%", () => {
    expect(shownWithTenCustomers).toMatchObject({ ROI: "0%", ROAS: "1.0x", "Customers to break even": "10" });
  });
});
