/** The columns a build needs that the file does not give: said once, with the file's columns and the --map line that gives them. */
import type { ColumnMapping, Field } from "../../src/import/fields";
import { lacksOutcome, type MappingDecision } from "../../src/import/mapping";
import { columnLetters } from "../emulation/a1";
import { cliFieldName } from "./options";

export interface NeededColumns {
  /** Each one is needed. */
  fields: readonly Field[];
  /** One of conversions, leads or clicks is needed (a scorecard costs one outcome). */
  outcome: boolean;
}

export const SCORECARD_NEEDS: NeededColumns = { fields: ["channel", "budget"], outcome: true };
/** A plan measures CTR, conversion rate and CPM in the data. */
export const PLAN_NEEDS: NeededColumns = { fields: ["channel", "budget", "impressions", "clicks", "conversions"], outcome: false };

interface Imported {
  /** The header row's names; none when the file has no header row. */
  headers: readonly string[];
  width: number;
  mapping: ColumnMapping;
  decisions: readonly MappingDecision[];
}

// Names a shell reads as they are; anything else is quoted in the --map line shown.
const SHELL_SAFE = /^[\w.,=:/+-]*$/;

/** Throws one message naming every missing field, the file's columns and the --map line that would give them. */
export function checkNeededColumns({ headers, width, mapping, decisions }: Imported, needs: NeededColumns): void {
  const missing = needs.fields.filter((field) => mapping[field] === undefined);
  const noOutcome = needs.outcome && lacksOutcome(mapping);
  if (missing.length === 0 && !noOutcome) return;
  const named = [...missing.map(cliFieldName), ...(noOutcome ? ["an outcome (conversions, leads or clicks)"] : [])];
  const columnName = (column: number) => headers[column] || columnLetters(column + 1);
  const chosen = decisions.filter((decision) => decision.because === "chosen").map((decision) => `${cliFieldName(decision.field)}=${columnName(decision.column)}`);
  const wanted = [...missing, ...(noOutcome ? (["conversions"] as const) : [])].map((field) => `${cliFieldName(field)}=<column>`);
  const pairs = [...chosen, ...wanted].join(",");
  const shown = SHELL_SAFE.test(chosen.join(",")) ? pairs : `"${pairs}"`;
  const known = headers.filter((header) => header !== "");
  const columns = known.length > 0 ? `its columns are ${known.map((header) => `'${header}'`).join(", ")}` : `it has no header row (columns A to ${columnLetters(width)})`;
  throw new Error(`no column found for ${list(named)}; ${columns}. Name ${named.length === 1 ? "it" : "them"} with --map ${shown}`);
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
