/** The add-on's server functions the sidebar calls; each name is an entry point of dist/Code.js. */
import type { FormulaInsertion } from "../addon/insertion";
import type { PortableReport, PortableScope } from "../portable/report";
import type { FunctionDoc } from "../functions";
import type { BudgetPlanRequest, BudgetPlanResult } from "../planner/request";
import type { ScorecardRequest, ScorecardResult, SelectionData } from "../scorecard/request";
import type { BestTimeRequest, BestTimeResult } from "../scorecard/prepareBestTime";
import type { CsvChunk, JoinPreview, RevenueSpec, RevenueSummary, SavedSources, SourceSpec, SourceSummary, SourcesRequest, SourcesResult } from "../sources/sidebarRequest";
import { serverCall } from "./serverCall";

export const server = {
  getFunctionCatalog: () => serverCall<FunctionDoc[]>("getFunctionCatalog"),
  /**
   * Writes the formula into the selected cell, unless that cell holds a formula: then only once
   * `replacing` names it (the user agreed), else the answer says which formula is there.
   */
  insertFormula: (formula: string, replacing: string | null = null, native = false) => serverCall<FormulaInsertion>("insertFormula", formula, replacing, native),
  /** Rejects, with a message for the user, when nothing usable is selected. */
  readSelection: () => serverCall<SelectionData>("readSelection"),
  buildScorecard: (request: ScorecardRequest) => serverCall<ScorecardResult>("buildScorecard", request),
  buildBestTime: (request: BestTimeRequest) => serverCall<BestTimeResult>("buildBestTime", request),
  /** A source: the selected range, the active sheet's data, or one added before, read again with the user's choices. */
  readSource: (spec: SourceSpec | "selection" | "sheet") => serverCall<SourceSummary>("readSource", spec),
  /** Writes a chunk of a CSV file's rows to the new sheet named after it; resolves to that sheet's name. */
  importCsvRows: (chunk: CsvChunk) => serverCall<string>("importCsvRows", chunk),
  buildFromSources: (request: SourcesRequest) => serverCall<SourcesResult>("buildFromSources", request),
  savedSources: () => serverCall<SavedSources | null>("savedSources"),
  /** The table joined to the sources: the selected range, the active sheet's data, or one chosen before, read again. */
  readRevenueTable: (spec: RevenueSpec | "selection" | "sheet") => serverCall<RevenueSummary>("readRevenueTable", spec),
  previewJoin: (request: SourcesRequest) => serverCall<JoinPreview | null>("previewJoin", request),
  /** Brings the built sheet to the front: the sidebar's link to it. */
  openScorecard: (sheetName: string) => serverCall<void>("openScorecard", sheetName),
  buildBudgetPlan: (request: BudgetPlanRequest) => serverCall<BudgetPlanResult>("buildBudgetPlan", request),
  previewPortable: (scope: PortableScope) => serverCall<PortableReport>("previewPortable", scope),
  makePortable: (scope: PortableScope) => serverCall<PortableReport>("makePortable", scope),
  restoreFunctions: (scope: PortableScope) => serverCall<PortableReport>("restoreFunctions", scope),
};
