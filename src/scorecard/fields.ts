/** The columns a scorecard reads from the user's data: the import defines them and their header names. */
export { ALL_FIELDS, OPTIONAL_FIELDS, OUTCOME_FIELDS, REQUIRED_FIELDS, type Field } from "../import/fields";
export { fieldOfHeader, normalizeHeader } from "../import/headerNames";
