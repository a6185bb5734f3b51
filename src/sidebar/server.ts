/** The add-on's server functions the sidebar calls; each name is an entry point of dist/Code.js. */
import type { FunctionDoc } from "../functions";
import type { ScorecardRequest, ScorecardResult, SelectionData } from "../scorecard/request";
import { serverCall } from "./serverCall";

export const server = {
  getFunctionCatalog: () => serverCall<FunctionDoc[]>("getFunctionCatalog"),
  /** Resolves to the address of the cell written, such as "Sheet1!B3". */
  insertFormula: (formula: string) => serverCall<string>("insertFormula", formula),
  /** Rejects, with a message for the user, when nothing usable is selected. */
  readSelection: () => serverCall<SelectionData>("readSelection"),
  buildScorecard: (request: ScorecardRequest) => serverCall<ScorecardResult>("buildScorecard", request),
  /** Brings the built sheet to the front: the sidebar's link to it. */
  openScorecard: (sheetName: string) => serverCall<void>("openScorecard", sheetName),
};
