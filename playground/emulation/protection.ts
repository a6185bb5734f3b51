/** A sheet's protection (Sheet.protect()): a description and whether editors are only warned. */
import { expose, fail, type ServiceContext } from "./context";
import { ProtectionType } from "./enums";
import { liveSheet, sheetFacade } from "./sheet";
import type { SheetProtection } from "./sheetModel";

type Protection = GoogleAppsScript.Spreadsheet.Protection;

type ProtectionMethods =
  | "getDescription" | "setDescription" | "isWarningOnly" | "setWarningOnly" | "getProtectionType" | "getRange" | "remove" | "canEdit";

/** The sheet's protection, created unprotected-but-present when it has none, as Sheet.protect() does. */
export function protectSheet(context: ServiceContext, sheetId: number): Protection {
  const sheet = liveSheet(context, sheetId);
  sheet.protection ??= { description: "", warningOnly: false };
  return protectionFacade(context, sheetId);
}

/** getProtections(type): the sheet's protection, if any; range protections are not emulated (none). */
export function sheetProtections(context: ServiceContext, sheetId: number, type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
  const sheet = liveSheet(context, sheetId);
  return String(type) === "SHEET" && sheet.protection ? [protectionFacade(context, sheetId)] : [];
}

function protectionFacade(context: ServiceContext, sheetId: number): Protection {
  return expose(context, new EmulatedProtection(context, sheetId), "Protection") as unknown as Protection;
}

export class EmulatedProtection implements Pick<Protection, ProtectionMethods> {
  constructor(
    private readonly context: ServiceContext,
    private readonly sheetId: number,
  ) {}

  private get state(): SheetProtection {
    return liveSheet(this.context, this.sheetId).protection ?? fail(this.context, "This protection has been removed.");
  }

  private get self(): Protection {
    return this as unknown as Protection;
  }

  getDescription(): string {
    return this.state.description;
  }

  setDescription(description: string): Protection {
    this.state.description = String(description);
    return this.self;
  }

  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    if (typeof warningOnly !== "boolean") fail(this.context, "The parameters don't match the method signature for SpreadsheetApp.Protection.setWarningOnly.");
    this.state.warningOnly = warningOnly;
    return this.self;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType.SHEET;
  }

  /** A sheet's protection covers the whole sheet. */
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = liveSheet(this.context, this.sheetId);
    return sheetFacade(this.context, this.sheetId).getRange(1, 1, sheet.maxRows, sheet.maxColumns);
  }

  /** The script runs as an editor of the spreadsheet. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const sheet = liveSheet(this.context, this.sheetId);
    if (!sheet.protection) fail(this.context, "This protection has been removed.");
    sheet.protection = null;
  }
}
