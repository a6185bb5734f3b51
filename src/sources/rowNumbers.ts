import type { SourceInput } from "./combine";

/** The number the user sees for a source's first data row: below its header, from where its cells start. */
export const firstDataNumberOf = ({ firstRowNumber, imported }: Pick<SourceInput, "firstRowNumber" | "imported">) =>
  firstRowNumber + (imported.report.headerRow === null ? 0 : imported.report.headerRow + 1);
