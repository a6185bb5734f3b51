/** The fields some sources have and others do not: blank on the others' rows, their totals over the sources that have them. */
import { NUMERIC_FIELDS, type ColumnMapping, type NumericField } from "../import/fields";

/** The fields a source's columns hold, less those another table brings (a shop's revenue). */
export const fieldsOfSource = (mapping: ColumnMapping, joinedFields: readonly NumericField[]): ReadonlySet<NumericField> =>
  new Set(NUMERIC_FIELDS.filter((field) => mapping[field] !== undefined && !joinedFields.includes(field)));

/** Each field some sources have and others do not, in the fields' order, with the indexes of the sources that have it. */
export function partialFields(fieldsOf: readonly ReadonlySet<NumericField>[]): { field: NumericField; having: number[] }[] {
  return NUMERIC_FIELDS.filter((field) => fieldsOf.some((fields) => fields.has(field)) && !fieldsOf.every((fields) => fields.has(field))).map((field) => ({
    field,
    having: fieldsOf.flatMap((fields, i) => (fields.has(field) ? [i] : [])),
  }));
}
