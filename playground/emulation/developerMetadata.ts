/** Developer metadata on sheets: key, value and visibility, found again with a finder. */
import { expose, fail, type ServiceContext } from "./context";
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, EnumValue } from "./enums";
import { liveSheet, sheetFacade } from "./sheet";
import type { MetadataRecord, MetadataVisibility, SheetModel } from "./sheetModel";

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** addDeveloperMetadata(key), (key, visibility), (key, value) or (key, value, visibility). */
export function addMetadata(context: ServiceContext, sheet: SheetModel, key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): void {
  const [value, chosen] = (valueOrVisibility as unknown) instanceof EnumValue ? [null, valueOrVisibility] : [valueOrVisibility ?? null, visibility];
  sheet.metadata.push({
    id: context.workbook.newId(),
    key,
    value: value === null ? null : String(value),
    visibility: chosen === undefined ? "DOCUMENT" : (String(chosen) as MetadataVisibility),
  });
}

export function metadataFacade(context: ServiceContext, sheetId: number, id: number): DeveloperMetadata {
  return expose(context, new EmulatedDeveloperMetadata(context, sheetId, id), "DeveloperMetadata") as unknown as DeveloperMetadata;
}

export class EmulatedDeveloperMetadata
  implements Pick<DeveloperMetadata, "getId" | "getKey" | "getValue" | "getVisibility" | "getLocation" | "setKey" | "setValue" | "remove">
{
  constructor(
    private readonly context: ServiceContext,
    private readonly sheetId: number,
    private readonly id: number,
  ) {}

  private get record(): MetadataRecord {
    const record = liveSheet(this.context, this.sheetId).metadata.find((r) => r.id === this.id);
    return record ?? fail(this.context, "This developer metadata has been removed.");
  }

  private get self(): DeveloperMetadata {
    return this as unknown as DeveloperMetadata;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.record.key;
  }

  getValue(): string | null {
    return this.record.value;
  }

  getVisibility(): Visibility {
    return DeveloperMetadataVisibility[this.record.visibility];
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const location = new EmulatedDeveloperMetadataLocation(this.context, this.sheetId);
    return expose(this.context, location, "DeveloperMetadataLocation") as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }

  setKey(key: string): DeveloperMetadata {
    this.record.key = key;
    return this.self;
  }

  setValue(value: string): DeveloperMetadata {
    this.record.value = value;
    return this.self;
  }

  remove(): void {
    const sheet = liveSheet(this.context, this.sheetId);
    sheet.metadata = sheet.metadata.filter((record) => record.id !== this.id);
  }
}

/** Where metadata lives: always a sheet here (row, column and spreadsheet metadata are not emulated). */
export class EmulatedDeveloperMetadataLocation
  implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, "getLocationType" | "getSheet">
{
  constructor(
    private readonly context: ServiceContext,
    private readonly sheetId: number,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType.SHEET;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetFacade(this.context, this.sheetId);
  }
}

type Filter = (record: MetadataRecord) => boolean;

export function finderFacade(context: ServiceContext, sheets: () => SheetModel[]): Finder {
  return expose(context, new EmulatedDeveloperMetadataFinder(context, sheets), "DeveloperMetadataFinder") as unknown as Finder;
}

export class EmulatedDeveloperMetadataFinder
  implements Pick<Finder, "withKey" | "withValue" | "withVisibility" | "withId" | "withLocationType" | "find">
{
  private readonly filters: Filter[] = [];

  constructor(
    private readonly context: ServiceContext,
    private readonly sheets: () => SheetModel[],
  ) {}

  private where(filter: Filter): Finder {
    this.filters.push(filter);
    return this as unknown as Finder;
  }

  withKey(key: string): Finder {
    return this.where((record) => record.key === key);
  }

  withValue(value: string): Finder {
    return this.where((record) => record.value === value);
  }

  withVisibility(visibility: Visibility): Finder {
    return this.where((record) => record.visibility === String(visibility));
  }

  withId(id: number): Finder {
    return this.where((record) => record.id === id);
  }

  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    return this.where(() => String(locationType) === "SHEET");
  }

  find(): DeveloperMetadata[] {
    return this.sheets().flatMap((sheet) =>
      sheet.metadata.filter((record) => this.filters.every((filter) => filter(record))).map((record) => metadataFacade(this.context, sheet.id, record.id)),
    );
  }
}
