// Developer metadata marks the sheets the add-on builds, so it rebuilds only its own.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("developer metadata", () => {
  it("stores a key, a value and a visibility on a sheet", () => {
    const { app, sheet } = emulate();
    sheet().addDeveloperMetadata("socialRoi.scorecard", "v1", app.DeveloperMetadataVisibility.PROJECT).addDeveloperMetadata("plain");
    const [first, second] = sheet().getDeveloperMetadata();
    expect([first.getKey(), first.getValue(), String(first.getVisibility())]).toEqual(["socialRoi.scorecard", "v1", "PROJECT"]);
    expect([second.getKey(), second.getValue(), second.getVisibility()]).toEqual(["plain", null, app.DeveloperMetadataVisibility.DOCUMENT]);
  });

  it("takes a visibility in place of the value", () => {
    const { app, sheet } = emulate();
    sheet().addDeveloperMetadata("key", app.DeveloperMetadataVisibility.PROJECT);
    const [metadata] = sheet().getDeveloperMetadata();
    expect([metadata.getValue(), metadata.getVisibility()]).toEqual([null, app.DeveloperMetadataVisibility.PROJECT]);
  });

  it("is found across the spreadsheet by key, value and visibility, and leads back to its sheet", () => {
    const { app, spreadsheet, sheet } = emulate(workbookFile({ Data: [], "Channel scorecard": [], Mine: [] }));
    sheet("Channel scorecard").addDeveloperMetadata("socialRoi.scorecard", "v1");
    sheet("Mine").addDeveloperMetadata("other", "v1");

    const found = spreadsheet.createDeveloperMetadataFinder().withKey("socialRoi.scorecard").find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(["Channel scorecard"]);
    expect(found[0].getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(spreadsheet.createDeveloperMetadataFinder().withValue("v1").find()).toHaveLength(2);
    expect(spreadsheet.createDeveloperMetadataFinder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find()).toHaveLength(0);
    expect(sheet("Mine").createDeveloperMetadataFinder().withKey("socialRoi.scorecard").find()).toHaveLength(0);
  });

  it("can be changed and removed", () => {
    const { spreadsheet, sheet } = emulate();
    sheet().addDeveloperMetadata("key", "old");
    const [metadata] = spreadsheet.createDeveloperMetadataFinder().withKey("key").find();
    metadata.setValue("new");
    expect(sheet().getDeveloperMetadata()[0].getValue()).toBe("new");
    metadata.remove();
    expect(sheet().getDeveloperMetadata()).toEqual([]);
  });
});
