/** File > Download .xlsx: the workbook with its formulas, their computed values and number formats. */
import ExcelJS from "exceljs";
import type { WorkbookFile, WorkbookView } from "../runtime/contract";

export async function workbookToXlsx(file: WorkbookFile, view: WorkbookView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of file.sheets) {
    const computed = view.sheets.find((s) => s.name === sheet.name)?.cells ?? [];
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    });
    sheet.cells.forEach((row, r) =>
      row.forEach((raw, c) => {
        if (raw === null || raw === "") return;
        const cell = worksheet.getCell(r + 1, c + 1);
        const value = computed[r]?.[c]?.value ?? "";
        cell.value = typeof raw === "string" && raw.startsWith("=") ? { formula: raw.slice(1), result: value } : raw;
        const format = sheet.formats[r]?.[c];
        if (format) cell.numFmt = format;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
