/** Which column of the user's data holds which field: guessed by the import, corrected by the user. */
export type { ColumnMapping } from "../import/fields";
export { fieldsSharingAColumn, guessMapping, lacksOutcome, missingRequiredFields } from "../import/mapping";
export { looksLikeHeader } from "../import/headerRow";
