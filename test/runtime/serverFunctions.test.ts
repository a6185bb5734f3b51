// google.script.run's rules: which functions the sidebar may call, what may travel, and what a failure leaves.
import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { channelWorkbook, writeTestBundle } from "./testBundle";

const bundle = writeTestBundle();
afterAll(() => bundle.remove());

const session = () => createSession({ workbook: channelWorkbook(), codePath: bundle.codePath });

describe("which functions google.script.run calls", () => {
  it("calls the script's global functions with JSON arguments and returns JSON", () => {
    const opened = session();
    const catalog = opened.runServerFunction("getFunctionCatalog", []) as { name: string }[];
    expect(catalog.map((fn) => fn.name)).toContain("CPA");
    expect(opened.runServerFunction("echo", [{ rows: [["Facebook", 1200, 0.42, true, null]] }])).toEqual({ rows: [["Facebook", 1200, 0.42, true, null]] });
  });

  it("refuses private functions (names ending in _)", () => {
    expect(() => session().runServerFunction("secret_", [])).toThrow('secret_ is private (its name ends with "_"): google.script.run cannot call it.');
  });

  it("refuses names that are not the script's functions", () => {
    expect(() => session().runServerFunction("noSuchFunction", [])).toThrow("Script function not found: noSuchFunction");
    expect(() => session().runServerFunction("SpreadsheetApp", [])).toThrow("Script function not found: SpreadsheetApp");
    expect(() => session().runServerFunction("SocialROI", [])).toThrow("Script function not found: SocialROI");
  });
});

describe("what may travel", () => {
  it.each([
    ["a Date in an object", { built: new Date() }, "cannot send a Date at args[0].built"],
    ["a Date in an array", [[1, new Date()]], "cannot send a Date at args[0][0][1]"],
    ["undefined in an array", [1, undefined], "cannot send undefined at args[0][1]"],
    ["undefined in an object", { missing: undefined }, "cannot send undefined at args[0].missing"],
    ["a function", { run: () => 1 }, "cannot send a function at args[0].run"],
    ["a class instance", new Map(), "cannot send a Map object at args[0]"],
  ])("refuses %s among the arguments", (_, argument, message) => {
    const opened = session();
    opened.resetServiceCalls();
    expect(() => opened.runServerFunction("echo", [argument])).toThrow(`google.script.run.echo ${message}`);
    expect(opened.serviceCalls().total).toBe(0);
  });

  it("refuses a circular argument", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => session().runServerFunction("echo", [circular])).toThrow("cannot send a circular reference at args[0].self");
  });

  it("refuses a Date or undefined in what the function returns", () => {
    expect(() => session().runServerFunction("returnsDate", [])).toThrow(
      "The server function returnsDate returned a Date at result.built, which google.script.run cannot send back",
    );
    expect(() => session().runServerFunction("returnsUndefinedInArray", [])).toThrow("returned undefined at result[1]");
  });

  it("copies the arguments into the script's realm, and the result back", () => {
    const opened = session();
    expect(opened.runServerFunction("argumentRealm", [{ a: [1] }])).toEqual([false, false, true]);
    expect(opened.runServerFunction("argumentRealm", [[1]])).toEqual([true, true, false]);
    const rows = [["Facebook"]];
    expect(opened.runServerFunction("appendRow", [rows])).toBe(2);
    expect(rows).toEqual([["Facebook"]]);
    const echoed = opened.runServerFunction("echo", [[1, 2]]);
    expect(echoed instanceof Array).toBe(true);
  });

  it("delivers what JSON would: numbers that are not finite as null, -0 as 0, an undefined argument as null", () => {
    const opened = session();
    const echoed = opened.runServerFunction("echo", [[NaN, Infinity, -Infinity, -0, 1.5, "", "text"]]) as unknown[];
    expect(echoed).toEqual([null, null, null, 0, 1.5, "", "text"]);
    expect(Object.is(echoed[3], 0)).toBe(true);
    expect(opened.runServerFunction("echo", [undefined])).toBeNull();
    // A key named __proto__ (as JSON.parse makes one) stays a key, not the object's prototype.
    const keyed = opened.runServerFunction("echo", [JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')]) as Record<string, unknown>;
    expect(Object.keys(keyed)).toEqual(["__proto__", "a"]);
    expect((keyed as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("failures", () => {
  it("carry the thrown Error's message", () => {
    expect(() => session().runServerFunction("buildScorecardThenFail", [])).toThrow(/^The scorecard could not be built\.$/);
  });

  it("carry a service's exception message, which the script can catch as an Error named Exception", () => {
    const opened = session();
    expect(() => opened.runServerFunction("failInService", [])).toThrow(/^The starting row of the range is too small\.$/);
    expect(opened.runServerFunction("catchServiceError", [])).toEqual([true, "Exception", "The starting row of the range is too small."]);
  });

  it("leave nothing half-written: the workbook is rolled back to its state before the call", () => {
    const opened = session();
    const before = opened.serialize();
    expect(() => opened.runServerFunction("buildScorecardThenFail", [])).toThrow();
    expect(opened.serialize()).toEqual(before);
    expect(opened.spreadsheet.getSheetByName("Channel scorecard")).toBeNull();
    expect(opened.spreadsheet.createDeveloperMetadataFinder().withKey("socialRoi.scorecard").find()).toEqual([]);
    expect(opened.view().sheets[0].cells[1][0].value).toBe("Facebook");
  });

  it("keep what a successful call wrote", () => {
    const opened = session();
    opened.select("Channel data", "H2");
    expect(opened.runServerFunction("insertFormula", ["=ROI(10000, 1000)"])).toBe("9");
    expect(opened.serialize().sheets[0].cells[1][7]).toBe("=ROI(10000, 1000)");
  });
});
