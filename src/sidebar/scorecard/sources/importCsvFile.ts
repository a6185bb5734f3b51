/** A CSV file picked in the sidebar, written to a new sheet of its own a chunk at a time; the sheet's name. */
import { server } from "../../server";
import { csvChunks } from "./csvChunks";

/** noDataRows: the refusal of a file with no data rows; progress hears each chunk's first row before it is written. */
export async function importCsvFile(file: File, noDataRows: string, progress: (firstRow: number, totalRows: number) => void = () => {}): Promise<string> {
  const chunks = csvChunks(file.name, new Uint8Array(await file.arrayBuffer()), noDataRows);
  let sheetName: string | null = null;
  for (const chunk of chunks) {
    progress(chunk.firstRow, chunk.totalRows);
    sheetName = await server.importCsvRows({ ...chunk, sheetName });
  }
  return sheetName!;
}
