/** SpreadsheetApp: the active spreadsheet, its selection, the UI, rule builders and enums. */
import { EmulatedConditionalFormatRuleBuilder } from "./conditionalFormat";
import { expose, type ServiceContext } from "./context";
import { BooleanCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, InterpolationType, ProtectionType } from "./enums";
import { EmulatedSpreadsheet, spreadsheetFacade } from "./spreadsheet";
import { EmulatedUi } from "./ui";

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type AppMembers =
  | "BooleanCriteria" | "InterpolationType" | "DeveloperMetadataLocationType" | "DeveloperMetadataVisibility" | "ProtectionType"
  | "getActive" | "getActiveSpreadsheet" | "getActiveSheet" | "getActiveRange" | "getCurrentCell" | "getUi"
  | "flush" | "newConditionalFormatRule";

export class EmulatedSpreadsheetApp implements Pick<SpreadsheetApp, AppMembers> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;

  constructor(private readonly context: ServiceContext) {}

  getActiveSpreadsheet(): Spreadsheet {
    return spreadsheetFacade(this.context);
  }

  getActive(): Spreadsheet {
    return spreadsheetFacade(this.context);
  }

  // Through an uncounted Spreadsheet, so that one script call counts once.
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return new EmulatedSpreadsheet(this.context).getActiveSheet();
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return new EmulatedSpreadsheet(this.context).getActiveRange();
  }

  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    return new EmulatedSpreadsheet(this.context).getCurrentCell();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return expose(this.context, new EmulatedUi(this.context), "Ui") as unknown as GoogleAppsScript.Base.Ui;
  }

  /** Writes are applied at once here, so there is nothing to flush. */
  flush(): void {}

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    const builder = new EmulatedConditionalFormatRuleBuilder(this.context);
    return expose(this.context, builder, "ConditionalFormatRuleBuilder") as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}
