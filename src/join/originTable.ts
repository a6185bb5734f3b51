/**
 * A shop, CRM or analytics table read for a join, with the import the exports go through (header
 * row below title and comment lines, numbers as written, currencies, totals rows): each row's
 * origin (see keys.ts), its campaign, and the figures a join brings (revenue, leads, qualified
 * leads, customers). A CRM export of deals or contacts has a row per record: its stage says what
 * the row counts (a won deal is a customer and its amount revenue; a contact's lifecycle stage says
 * whether it is a lead, a qualified lead, a customer).
 */
import { importRows } from "../import";
import type { CurrencyReading } from "../import/currency";
import type { ColumnMapping, NumericField } from "../import/fields";
import { normalizeHeader } from "../import/headerNames";
import type { DecimalMark } from "../import/numbers";
import type { DescribeIssue, RowsRead } from "../import/rows";
import type { ImportResult } from "../import";
import type { JoinTexts } from "../i18n/joinTexts";
import { isKeyHeaderRow, keyColumns, keyOf, mainKeyColumn, type KeyColumns, type KeyParts } from "./keys";

export class JoinError extends Error {}

/** The fields a joined table brings: they replace the ads' own (a sale counted by the pixel and by the shop is one sale). */
export const JOINED_FIELDS = ["revenue", "leads", "qualifiedLeads", "customers"] as const satisfies readonly NumericField[];
export type JoinedField = (typeof JOINED_FIELDS)[number];
export type JoinedValues = Partial<Record<JoinedField, number>>;

export interface OriginRow {
  /** The row as the user numbers it (a line of the file). */
  row: number;
  key: KeyParts;
  campaign: string | null;
  values: JoinedValues;
}

/** What a CRM's stage column counted: rows per stage, and the stages that count nothing. */
export interface StageCount {
  column: string;
  counted: { stage: string; rows: number; as: JoinedField[] }[];
  notCounted: { stage: string; rows: number; amount: number }[];
}

export interface OriginTable {
  name: string;
  imported: ImportResult & { read: RowsRead };
  columns: KeyColumns;
  fields: JoinedField[];
  rows: OriginRow[];
  /** A CRM export's stages, when its rows are deals or contacts. */
  stages: StageCount[];
  currency: CurrencyReading;
}

const SEARCHED_ROWS = 30;
const DEAL_STAGE = ["deal stage", "stage", "dealstage", "etape de la transaction", "phase de la transaction", "etapa do negocio", "etapa del negocio", "phase", "deal phase"];
const LIFECYCLE_STAGE = ["lifecycle stage", "phase du cycle de vie", "etape du cycle de vie", "etapa do ciclo de vida", "etapa del ciclo de vida", "lebenszyklusphase", "fase del ciclo di vita"];
const AMOUNT = ["amount", "deal amount", "amount in company currency", "montant", "montant de la transaction", "valor", "valor do negocio", "importe", "importe del negocio", "betrag", "importo"];
const WON = new Set(["closed won", "closedwon", "won", "conclue gagnee", "fermee gagnee", "ferme gagne", "gagnee", "gagne", "fechado ganho", "ganho", "cerrado ganado", "ganado", "gewonnen", "geschlossen gewonnen", "chiuso vinto", "chiusa vinta", "vinto"]);
/** Lifecycle stages in order; each counts as a lead from "lead" on, as a qualified lead from "sales qualified lead" on, as a customer from "customer" on. */
const LIFECYCLE: readonly { names: readonly string[]; as: JoinedField[] }[] = [
  { names: ["lead", "prospect"], as: ["leads"] },
  { names: ["marketing qualified lead", "mql", "lead qualifie marketing", "lead qualifie par le marketing", "lead qualificado para marketing", "lead cualificado para marketing", "marketingqualifizierter lead", "lead qualificato dal marketing"], as: ["leads"] },
  { names: ["sales qualified lead", "sql", "lead qualifie pour la vente", "lead qualifie par les ventes", "lead qualificado para vendas", "lead cualificado para ventas", "vertriebsqualifizierter lead", "lead qualificato per le vendite"], as: ["leads", "qualifiedLeads"] },
  { names: ["opportunity", "opportunite", "oportunidade", "oportunidad", "verkaufschance", "opportunita"], as: ["leads", "qualifiedLeads"] },
  { names: ["customer", "client", "cliente", "kunde"], as: ["leads", "qualifiedLeads", "customers"] },
  { names: ["evangelist", "ambassadeur", "evangelista", "evangelist"], as: ["leads", "qualifiedLeads", "customers"] },
];

const columnNamed = (headers: readonly string[], names: readonly string[]) => {
  const column = headers.findIndex((header) => names.includes(normalizeHeader(header)));
  return column < 0 ? null : column;
};
const text = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());
const isBlankRow = (cells: readonly unknown[]) => cells.every((cell) => text(cell) === "");

function tally(counts: Map<string, { stage: string; rows: number; amount: number }>, stage: string, amount: number) {
  const key = normalizeHeader(stage);
  const count = counts.get(key) ?? { stage, rows: 0, amount: 0 };
  count.rows += 1;
  count.amount += amount;
  counts.set(key, count);
}

/** texts: the join's words in the user's language, for its refusals. */
export function readOriginTable(name: string, cells: readonly (readonly unknown[])[], convention: DecimalMark | null, texts: JoinTexts, describeIssue?: DescribeIssue): OriginTable {
  const headerRow = cells.slice(0, SEARCHED_ROWS).findIndex(isKeyHeaderRow);
  if (headerRow < 0) throw new JoinError(texts.refusals.noOriginNorCampaign(name));
  const headers = cells[headerRow].map(text);
  const columns = keyColumns(headers);
  const dealStage = columnNamed(headers, DEAL_STAGE);
  const lifecycle = columnNamed(headers, LIFECYCLE_STAGE);
  const amount = dealStage === null ? null : columnNamed(headers, AMOUNT);
  const chosen: ColumnMapping = { channel: mainKeyColumn(columns)!, ...(amount === null ? {} : { revenue: amount }) };
  const imported = importRows(cells, { headerRow, columns: chosen, convention }, 1, describeIssue);
  const { read } = imported;
  if (read.issues.length > 0) throw new JoinError(texts.refusals.unreadCells(name, read.issues.map((issue) => issue.message).join(" ")));
  const firstDataNumber = headerRow + 2;
  const campaignOf = (row: readonly unknown[]) => (columns.campaign === null ? null : text(row[columns.campaign]) || null);
  const records = dealStage !== null || lifecycle !== null;
  let rows: OriginRow[];
  const stages: StageCount[] = [];
  if (!records) {
    rows = read.rows.map(({ row, values }) => {
      const rowCells = imported.dataRows[row - firstDataNumber];
      const joined: JoinedValues = {};
      for (const field of JOINED_FIELDS) if (imported.mapping[field] !== undefined && values[field] !== null) joined[field] = values[field]!;
      return { row, key: keyOf(rowCells, columns), campaign: campaignOf(rowCells), values: joined };
    });
  } else {
    const amounts = new Map(read.rows.map((row) => [row.row, row.values.revenue ?? 0]));
    const skipped = new Set(read.totalsRows);
    const dealCounts = new Map<string, { stage: string; rows: number; amount: number }>();
    const lifecycleCounts = new Map<string, { stage: string; rows: number; amount: number }>();
    rows = [];
    imported.dataRows.forEach((rowCells, index) => {
      const row = firstDataNumber + index;
      if (isBlankRow(rowCells) || skipped.has(row)) return;
      const values: JoinedValues = {};
      const add = (field: JoinedField, value: number) => (values[field] = (values[field] ?? 0) + value);
      if (dealStage !== null) {
        const stage = text(rowCells[dealStage]);
        const won = WON.has(normalizeHeader(stage));
        tally(dealCounts, stage || "(blank)", amounts.get(row) ?? 0);
        add("customers", won ? 1 : 0);
        if (amount !== null) add("revenue", won ? amounts.get(row) ?? 0 : 0);
      }
      if (lifecycle !== null) {
        const stage = text(rowCells[lifecycle]);
        tally(lifecycleCounts, stage || "(blank)", 0);
        const as = LIFECYCLE.find((level) => level.names.includes(normalizeHeader(stage)))?.as ?? [];
        for (const field of ["leads", "qualifiedLeads", ...(dealStage === null ? ["customers" as const] : [])] as JoinedField[]) add(field, as.includes(field) ? 1 : 0);
      }
      rows.push({ row, key: keyOf(rowCells, columns), campaign: campaignOf(rowCells), values });
    });
    if (dealStage !== null) {
      const counts = [...dealCounts.values()];
      const isWon = (stage: string) => WON.has(normalizeHeader(stage));
      stages.push({
        column: headers[dealStage],
        counted: counts.filter((count) => isWon(count.stage)).map(({ stage, rows: n }) => ({ stage, rows: n, as: amount === null ? ["customers"] : ["customers", "revenue"] })),
        notCounted: counts.filter((count) => !isWon(count.stage)),
      });
    }
    if (lifecycle !== null) {
      const counts = [...lifecycleCounts.values()];
      const asOf = (stage: string) => (LIFECYCLE.find((level) => level.names.includes(normalizeHeader(stage)))?.as ?? []).filter((field) => dealStage === null || field !== "customers");
      stages.push({
        column: headers[lifecycle],
        counted: counts.filter((count) => asOf(count.stage).length > 0).map(({ stage, rows: n }) => ({ stage, rows: n, as: asOf(stage) })),
        notCounted: counts.filter((count) => asOf(count.stage).length === 0),
      });
    }
  }
  const fields = JOINED_FIELDS.filter((field) => rows.some((row) => row.values[field] !== undefined) || (!records && imported.mapping[field] !== undefined));
  if (fields.length === 0) throw new JoinError(texts.refusals.noFigures(name, headers.filter((header) => header !== "")));
  return { name, imported, columns, fields, rows, stages, currency: imported.report.currency };
}
