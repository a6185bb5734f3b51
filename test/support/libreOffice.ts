/**
 * Opens .xlsx files in LibreOffice Calc (Debian's libreoffice-calc, headless), recalculating every
 * formula, and reads back what it computed: the check that an exported file works outside Sheets.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import Papa from "papaparse";

const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

// Without OOXMLRecalcMode 0 ("always recalculate"), LibreOffice shows the values cached in the file.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: 120_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()));
  });
}

/** Converts each file (by name) with LibreOffice, recalculating on load, in one run (LibreOffice takes seconds to start); returns the output folder. */
async function convertedByLibreOffice(files: Record<string, Uint8Array>, filter: string): Promise<string> {
  if (!existsSync(SOFFICE)) {
    throw new Error(`No LibreOffice at ${SOFFICE}: install it with 'apt-get install -y --no-install-recommends libreoffice-calc' (or set SOFFICE_PATH).`);
  }
  const dir = mkdtempSync(join(tmpdir(), "social-roi-libreoffice-"));
  for (const sub of ["profile/user", "in", "out"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, "profile/user/registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const inputs = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, "in", `${name}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  await soffice([`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", join(dir, "out"), ...inputs]);
  return join(dir, "out");
}

/** Each file (by name) as LibreOffice saves it after recalculating: exceljs reads its computed values. */
export async function recalculatedByLibreOffice(files: Record<string, Uint8Array>): Promise<Record<string, ExcelJS.Workbook>> {
  const dir = await convertedByLibreOffice(files, "xlsx:Calc MS Excel 2007 XML");
  const recalculated: Record<string, ExcelJS.Workbook> = {};
  for (const name of Object.keys(files)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, `${name}.xlsx`));
    recalculated[name] = workbook;
  }
  return recalculated;
}

// UTF-8 CSV of every sheet (the last option, -1), each cell as formatted ("as shown").
const CSV_OF_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** The text LibreOffice shows in one sheet of a file, cell by cell, after recalculating: its number formats at work. */
export async function shownByLibreOffice(bytes: Uint8Array, sheetName: string): Promise<string[][]> {
  return (await eachShownByLibreOffice({ book: bytes }, sheetName)).book;
}

/** The same for each file (by name), in one run of LibreOffice: the text each shows in its sheet sheetName. */
export async function eachShownByLibreOffice(files: Record<string, Uint8Array>, sheetName: string): Promise<Record<string, string[][]>> {
  const dir = await convertedByLibreOffice(files, CSV_OF_EVERY_SHEET);
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, Papa.parse<string[]>(readFileSync(join(dir, `${name}-${sheetName}.csv`), "utf8")).data]),
  );
}

/** What a recalculated cell shows: a formula's result, or the value; blank as null. */
export function shownValue(value: ExcelJS.CellValue): unknown {
  const shown = value !== null && typeof value === "object" && "formula" in value ? value.result : value;
  return shown === undefined || shown === "" ? null : shown;
}

/** Every cell of the workbook that shows an error, as "Sheet!A1 #DIV/0!". */
export function errorCells(workbook: ExcelJS.Workbook): string[] {
  const errors: string[] = [];
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const shown = shownValue(cell.value);
        if (shown !== null && typeof shown === "object" && "error" in shown) errors.push(`${worksheet.name}!${cell.address} ${String(shown.error)}`);
      }),
    ),
  );
  return errors;
}
