/** What Make portable and Restore tell the sidebar, as plain JSON. */

export type PortableScope = "selection" | "sheet" | "spreadsheet";

export interface PortableChangeView {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export interface PortableLeftView {
  sheet: string;
  cell: string;
  formula: string;
  problem: string;
}

export interface PortableReport {
  changes: PortableChangeView[];
  left: PortableLeftView[];
}
