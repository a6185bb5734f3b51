/**
 * Apps Script enums (SpreadsheetApp.BooleanCriteria, Charts.ChartType, ScriptApp.AuthMode...).
 * As in Apps Script, each value is an object whose string form is its name, so a value and a
 * string argument stay distinguishable (addDeveloperMetadata(key, value | visibility)).
 */
export class EnumValue {
  constructor(readonly name: string) {}

  toString(): string {
    return this.name;
  }

  toJSON(): string {
    return this.name;
  }
}

function enumOf<E extends object>(names: readonly (keyof E & string)[]): E {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, new EnumValue(name)]))) as unknown as E;
}

export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  "CELL_EMPTY", "CELL_NOT_EMPTY", "DATE_AFTER", "DATE_BEFORE", "DATE_EQUAL_TO", "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE", "DATE_EQUAL_TO_RELATIVE", "NUMBER_BETWEEN", "NUMBER_EQUAL_TO", "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO", "NUMBER_LESS_THAN", "NUMBER_LESS_THAN_OR_EQUAL_TO", "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO", "TEXT_CONTAINS", "TEXT_DOES_NOT_CONTAIN", "TEXT_EQUAL_TO", "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH", "CUSTOM_FORMULA",
]);

export const InterpolationType = enumOf<typeof GoogleAppsScript.Spreadsheet.InterpolationType>(["NUMBER", "PERCENT", "PERCENTILE", "MIN", "MAX"]);

export const DeveloperMetadataVisibility = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>(["DOCUMENT", "PROJECT"]);

export const DeveloperMetadataLocationType = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType>([
  "SPREADSHEET", "SHEET", "ROW", "COLUMN",
]);

export const ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(["RANGE", "SHEET"]);

export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  "TIMELINE", "AREA", "BAR", "BUBBLE", "CANDLESTICK", "COLUMN", "COMBO", "GAUGE", "GEO", "HISTOGRAM", "RADAR",
  "LINE", "ORG", "PIE", "SCATTER", "SPARKLINE", "STEPPED_AREA", "TABLE", "TREEMAP", "WATERFALL",
]);

export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
