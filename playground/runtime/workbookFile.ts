/**
 * The workbook file the playground saves and opens: its schema, and the TypeScript types derived
 * from it, so that what a file may hold is written once. A new field of the format is added here.
 */
import { z } from "zod";
import { parseA1 } from "../emulation/a1";
import { selectionTooLarge } from "./limits";

/** A raw cell as saved: a number, a boolean, text, a formula ("=..." text), or null when empty. */
const rawCellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

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
export type WorkbookFile = z.infer<typeof workbookFileSchema>;
