/** One source of a combined scorecard: a block of cells read by the import on its own, with its network detected or named. */
import { importRows, type ImportChoices } from "../import";
import type { DescribeIssue } from "../import/rows";
import { combineSources, hasOwnChannel, type SourceInput } from "./combine";
import { detectNetwork, networkNamed } from "./networks";

export interface SourceChoices {
  /** The header row, columns and decimal mark, as for one export. */
  choices?: ImportChoices;
  /** The network the user named; detected from the headers when absent. */
  network?: string | null;
  /** True to keep the source's own channel column; by default only when the source names no network and has one. */
  keepChannel?: boolean;
  /** The scorecard's currency per unit of the source's, when they differ. */
  rate?: number | null;
  /** The number the user sees for the first row of cells (a sheet row); 1 for a file. */
  firstRowNumber?: number;
  /** A cell's problem in the user's language (English by default). */
  describeIssue?: DescribeIssue;
}

export function readSource(name: string, cells: readonly (readonly unknown[])[], { choices = {}, network = null, keepChannel, rate = null, firstRowNumber = 1, describeIssue }: SourceChoices = {}): SourceInput {
  const imported = importRows(cells, choices, firstRowNumber, describeIssue);
  const detection = detectNetwork(imported.headers);
  const named = network === null || network.trim() === "" ? null : networkNamed(network);
  return { name, imported, firstRowNumber, network: named, detection, keepChannel: keepChannel ?? (named === null && detection.kind === "undecided" && hasOwnChannel(imported)), rate };
}

export { combineSources };
