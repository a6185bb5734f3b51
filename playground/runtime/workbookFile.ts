/**
 * The workbook file the playground saves and opens: its schema, and the TypeScript types derived
 * from it, so that what a file may hold is written once. A new field of the format is added here.
 */
import { z } from "zod";
import { parseA1 } from "../emulation/a1";
import { selectionTooLarge } from "./limits";

/** A raw cell as saved: a number, a boolean, text, a formula ("=..." text), or null when empty. */
const rawCellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** A colour scale's point: its colour, InterpolationType's name ("NUMBER", "MIN"...) and value ("" for MIN and MAX). */
const gradientPointSchema = z.object({ color: z.string(), type: z.string(), value: z.string() });

/** A conditional format rule as Sheet.setConditionalFormatRules received it. */
const conditionalFormatRuleSchema = z.object({
  /** A1 ranges on the sheet, such as "J4:J11". */
  ranges: z.array(z.string()),
  /** SpreadsheetApp.BooleanCriteria's name, such as "NUMBER_LESS_THAN" or "CUSTOM_FORMULA"; "GRADIENT" for a colour scale. */
  criteria: z.string(),
  /** The criterion's values, such as [0] or ["=J4<0"]. */
  values: z.array(z.union([z.string(), z.number(), z.boolean()])),
  background: z.string().optional(),
  fontColor: z.string().optional(),
  bold: z.boolean().optional(),
  /** A colour scale (criteria "GRADIENT"): each point's colour, InterpolationType's name and value. */
  gradient: z.object({ min: gradientPointSchema.optional(), mid: gradientPointSchema.optional(), max: gradientPointSchema.optional() }).optional(),
});

/** An embedded chart as the script built it. */
const chartSchema = z.object({
  /** Charts.ChartType's name, such as "BAR"; null when the script set none. */
  type: z.string().nullable(),
  /** Sheet-qualified A1 ranges, such as "'Channel scorecard'!A4:A10". */
  ranges: z.array(z.string()),
  /** The anchor cell (1-based) and the offset from it in pixels. */
  position: z.object({ anchorRow: z.number().int().positive(), anchorColumn: z.number().int().positive(), offsetX: z.number(), offsetY: z.number() }),
  /** setOption's options by name, such as { title: "ROI by channel", legend: { position: "none" } }. */
  options: z.record(z.string(), z.unknown()),
});

const sheetFileSchema = z.object({
  /** Sheets limits a sheet's name to 100 characters. */
  name: z.string().min(1).max(100),
  /** Row-major raw contents, as the user typed them (formulas as "=..." text). */
  cells: z.array(z.array(rawCellSchema)),
  /** Number formats by position, same shape as cells or shorter; null means the default. */
  formats: z.array(z.array(z.string().nullable())),
  frozenRows: z.number().int().nonnegative(),
  /** Developer metadata on the sheet, as Apps Script's key/value pairs. */
  metadata: z.array(z.object({ key: z.string(), value: z.string() })),
  // Optional, so that files saved before they existed still load; absent means none.
  frozenColumns: z.number().int().nonnegative().optional(),
  /** Widths in pixels from column A on; null keeps the default width. */
  columnWidths: z.array(z.number().positive().nullable()).optional(),
  /** "bold" by position, same shape rules as formats. */
  fontWeights: z.array(z.array(z.literal("bold").nullable())).optional(),
  /** Background colours ("#f1f3f4") by position, same shape rules as formats. */
  backgrounds: z.array(z.array(z.string().nullable())).optional(),
  /** Cell notes (Range.setNote) by position, same shape rules as formats. */
  notes: z.array(z.array(z.string().nullable())).optional(),
  /** true where text wraps, by position, same shape rules as formats. */
  wraps: z.array(z.array(z.literal(true).nullable())).optional(),
  /** Heights in pixels from row 1 on; null keeps the default height. */
  rowHeights: z.array(z.number().positive().nullable()).optional(),
  /** Merged blocks, 1-based. */
  merges: z.array(z.object({ row: z.number().int().positive(), column: z.number().int().positive(), numRows: z.number().int().positive(), numColumns: z.number().int().positive() })).optional(),
  rules: z.array(conditionalFormatRuleSchema).optional(),
  charts: z.array(chartSchema).optional(),
  /** Sheet.getSheetId(), which developer metadata may name; absent, the sheet's position from 0. */
  sheetId: z.number().int().nonnegative().optional(),
  /** The grid's size; absent, it is the smallest holding the sheet's cells, and at least a new sheet's 1,000 x 26. */
  maxRows: z.number().int().positive().optional(),
  maxColumns: z.number().int().positive().optional(),
  /** Hidden sheets have no tab. */
  hidden: z.boolean().optional(),
  /** The sheet's protection: a warning before an edit, or editors only. */
  protection: z.object({ description: z.string(), warningOnly: z.boolean() }).optional(),
});

/** The selection, as A1 on a sheet; open ends ("A:A") stop at the grid, so only a closed block can be too large. */
const selectionSchema = z.object({ sheet: z.string(), range: z.string() }).superRefine(({ range }, context) => {
  const parsed = parseA1(range);
  const problem = parsed ? selectionTooLarge(parsed.area(1, 1)) : `"${range}" is not an A1 range`;
  if (problem) context.addIssue({ code: "custom", path: ["range"], message: problem });
});

export const workbookFileSchema = z.object({
  version: z.literal(1),
  /** The spreadsheet's locale (such as "en_US", "fr_FR"), which drives currency and separators. */
  locale: z.string().min(1),
  sheets: z
    .array(sheetFileSchema)
    .min(1)
    .superRefine((sheets, context) => {
      const seen = new Set<string>();
      sheets.forEach(({ name }, index) => {
        // Sheets tells sheet names apart regardless of case.
        if (seen.has(name.toLowerCase())) context.addIssue({ code: "custom", path: [index, "name"], message: `two sheets are named "${name}"` });
        seen.add(name.toLowerCase());
      });
    }),
  active: selectionSchema,
});

export type RawCell = z.infer<typeof rawCellSchema>;
export type SheetFile = z.infer<typeof sheetFileSchema>;
export type ConditionalFormatRuleFile = z.infer<typeof conditionalFormatRuleSchema>;
export type ChartFile = z.infer<typeof chartSchema>;
export type WorkbookFile = z.infer<typeof workbookFileSchema>;
