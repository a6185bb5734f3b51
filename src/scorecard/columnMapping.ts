/** Which column of the user's data holds which field: guessed from the headers, corrected by the user. */
import { ALL_FIELDS, fieldOfHeader, REQUIRED_FIELDS, type Field } from "./fields";

/** Field -> zero-based column index in the data; a field absent from the data has no entry. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** Maps each header to its field; when two headers mean the same field, the first one keeps it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = fieldOfHeader(String(header));
    if (field !== null && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** A row that names at least two fields reads as a header row. */
export function looksLikeHeader(row: readonly unknown[]): boolean {
  return row.filter((cell) => typeof cell === "string" && fieldOfHeader(cell) !== null).length >= 2;
}

export function missingRequiredFields(mapping: ColumnMapping): Field[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
}

/** Fields mapped to the same column: the user must pick one. */
export function fieldsSharingAColumn(mapping: ColumnMapping): Field[] {
  return ALL_FIELDS.filter((field) => {
    const column = mapping[field];
    return column !== undefined && ALL_FIELDS.some((other) => other !== field && mapping[other] === column);
  });
}
