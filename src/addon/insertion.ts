/** What insertFormula answers the sidebar: where the formula went, or the formula it would replace. */
export type FormulaInsertion =
  | { status: "inserted"; cell: string }
  /** Nothing was written: the cell holds a formula, which the user must agree to replace. */
  | { status: "holdsFormula"; cell: string; formula: string };
