/** The add-on's English UI text: the reference every other language must match key for key. */
export const en = {
  addonMenuFunctionReference: "Function reference",
  addonMenuBuildScorecard: "Build channel scorecard",

  referenceTitle: "Function reference",
  referenceIntro: "Type these functions in any cell, or insert an example into the selected cell.",
  searchLabel: "Search functions",
  searchPlaceholder: "Name, description or parameter",
  matchCount: (count: number): string => (count === 1 ? "1 function" : `${count} functions`),
  noMatch: (query: string): string => `No function matches “${query}”.`,
  clearSearch: "Clear search",
  loadingFunctions: "Loading the functions…",
  loadFailed: (reason: string): string => `Could not load the functions: ${reason}`,
  parameters: "Parameters",
  optional: "optional",
  example: "Example:",
  exampleGives: "gives",
  insert: "Insert",
  insertLabel: (name: string): string => `Insert the ${name} example in the selected cell`,
  inserting: "Inserting…",
  insertedIn: (cell: string): string => `Inserted in ${cell}`,
  insertFailed: (reason: string): string => `Could not insert: ${reason}`,
  unknownError: "something went wrong; try again.",
  unknownView: "This panel is not available. Close it and open it again from the Extensions menu.",
};

/** Every UI text, by key; a function where the text has a value in it. */
export type Messages = typeof en;
