/** The add-on's server functions the sidebar calls; each name is an entry point of dist/Code.js. */
import type { FunctionDoc } from "../functions";
import { serverCall } from "./serverCall";

export const server = {
  getFunctionCatalog: () => serverCall<FunctionDoc[]>("getFunctionCatalog"),
  /** Resolves to the address of the cell written, such as "Sheet1!B3". */
  insertFormula: (formula: string) => serverCall<string>("insertFormula", formula),
};
