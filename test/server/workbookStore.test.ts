import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { backUpWorkbook, loadWorkbook, lockWorkbook, saveWorkbook } from "../../playground/server/workbookStore";

const freshDir = () => mkdtempSync(join(tmpdir(), "social-roi-store-"));

describe("workbook store", () => {
  it("opens the sample when there is no saved workbook", () => {
    const loaded = loadWorkbook(join(freshDir(), "none.json"));
    expect(loaded.notice).toBeNull();
    expect(loaded.workbook.sheets.map((s) => s.name)).toEqual(["Channel data", "Worked examples", "Campaign data"]);
  });

  it("saves and loads a workbook", () => {
    const path = join(freshDir(), "nested", "workbook.json");
    const workbook = sampleWorkbook();
    workbook.sheets[0].cells[1][1] = 9999;
    saveWorkbook(path, workbook);
    expect(loadWorkbook(path).workbook.sheets[0].cells[1][1]).toBe(9999);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  const saved = JSON.stringify(sampleWorkbook());
  /** The sample's file with one change, as a hand edit or another program's bug would make it. */
  const changed = (change: (file: Record<string, any>) => void) => {
    const file = JSON.parse(saved);
    change(file);
    return JSON.stringify(file);
  };

  it.each([
    ["broken JSON", "{ not json"],
    ["a file cut short", saved.slice(0, saved.length / 2)],
    ["JSON that is not a workbook", JSON.stringify({ version: 2, sheets: [] })],
    ["an array", "[]"],
    ["no sheets", changed((file) => (file.sheets = []))],
    ["a newer version", changed((file) => (file.version = 2))],
    ["cells that are not rows", changed((file) => (file.sheets[0].cells = ["Facebook", 4200]))],
    ["a cell holding an object", changed((file) => (file.sheets[0].cells[1][1] = { value: 4200 }))],
    ["a format that is a number", changed((file) => (file.sheets[0].formats[1][1] = 0))],
    ["frozen rows as text", changed((file) => (file.sheets[0].frozenRows = "1"))],
    ["negative frozen rows", changed((file) => (file.sheets[0].frozenRows = -1))],
    ["a sheet without a name", changed((file) => delete file.sheets[1].name)],
    ["two sheets of one name (in any case)", changed((file) => (file.sheets[1].name = "CHANNEL DATA"))],
    ["metadata without values", changed((file) => (file.sheets[0].metadata = [{ key: "socialRoi" }]))],
    ["no selection", changed((file) => delete file.active)],
    ["a selection that is not A1", changed((file) => (file.active.range = "everything"))],
    ["a selection too large to read", changed((file) => (file.active.range = "A1:ZZZ200000"))],
  ])("keeps a copy of a corrupt file (%s), says so, and starts from the sample", (_, content) => {
    const dir = freshDir();
    const path = join(dir, "workbook.json");
    writeFileSync(path, content);
    const loaded = loadWorkbook(path, new Date("2026-11-22T10:00:00Z"));
    const kept = join(dir, "workbook.json.corrupt-2026-11-22T10-00-00-000Z");
    expect(loaded.notice).toBe(`The saved workbook ${path} could not be read; it was kept as ${kept} and the sample workbook was opened instead.`);
    expect(readFileSync(kept, "utf8")).toBe(content);
    expect(loaded.workbook.sheets[0].name).toBe("Channel data");
    expect(readdirSync(dir)).toContain("workbook.json");
  });

  it("opens a file that is valid, whatever its content", () => {
    const path = join(freshDir(), "workbook.json");
    const workbook = changed((file) => {
      file.sheets[0].cells[1][0] = "=HYPERLINK(\"x\")";
      file.sheets[0].cells.push([true, null, -0.5, "€ 1 234,50"]);
      file.sheets[0].metadata = [{ key: "socialRoi.scorecard", value: "{}" }];
      file.active = { sheet: "Worked examples", range: "B:B" };
      file.locale = "fr_FR";
    });
    writeFileSync(path, workbook);
    const loaded = loadWorkbook(path);
    expect(loaded.notice).toBeNull();
    expect(loaded.workbook).toEqual(JSON.parse(workbook));
  });
});

describe("writing the workbook file", () => {
  const edited = () => {
    const workbook = sampleWorkbook();
    workbook.sheets[0].cells[1][1] = 5000;
    return workbook;
  };

  it("ignores the temporary file a crash mid-write leaves, and the next save replaces it", () => {
    const dir = freshDir();
    const path = join(dir, "workbook.json");
    saveWorkbook(path, sampleWorkbook());
    writeFileSync(`${path}.tmp`, readFileSync(path, "utf8").slice(0, 100));
    expect(loadWorkbook(path)).toEqual({ workbook: sampleWorkbook(), notice: null });
    saveWorkbook(path, edited());
    expect(loadWorkbook(path).workbook.sheets[0].cells[1][1]).toBe(5000);
    expect(readdirSync(dir)).toEqual(["workbook.json"]);
  });

  it("keeps the previous file whole when a write cannot complete", () => {
    const path = join(freshDir(), "workbook.json");
    saveWorkbook(path, sampleWorkbook());
    mkdirSync(`${path}.tmp`); // the temporary file cannot be written
    expect(() => saveWorkbook(path, edited())).toThrow(/EISDIR/);
    expect(loadWorkbook(path)).toEqual({ workbook: sampleWorkbook(), notice: null });
  });

  it("backs up the saved workbook before it is replaced, and says where", () => {
    const dir = freshDir();
    const path = join(dir, "workbook.json");
    expect(backUpWorkbook(path)).toBeNull();
    const mine = sampleWorkbook();
    mine.sheets[0].cells[1][0] = "My channel";
    saveWorkbook(path, mine);
    const backup = backUpWorkbook(path, new Date("2026-11-30T09:15:00Z"));
    expect(backup).toBe(join(dir, "workbook.json.backup-2026-11-30T09-15-00-000Z"));
    expect(JSON.parse(readFileSync(backup!, "utf8")).sheets[0].cells[1][0]).toBe("My channel");
  });
});

describe("one server per workbook file", () => {
  it("refuses a second lock on the same file, naming the holder, until the first is released", () => {
    const path = join(freshDir(), "workbook.json");
    const release = lockWorkbook(path);
    expect(readFileSync(`${path}.lock`, "utf8")).toBe(String(process.pid));
    expect(() => lockWorkbook(path)).toThrow(
      `${path} is already open in another playground (process ${process.pid}). Stop that one first, or start this one on another file with --data. (If no playground is running, delete ${path}.lock.)`,
    );
    release();
    expect(existsSync(`${path}.lock`)).toBe(false);
    lockWorkbook(path)();
  });

  it.each([
    ["a process that no longer runs", () => String(spawnSync(process.execPath, ["-e", "0"]).pid)],
    ["nothing (an empty file)", () => ""],
    ["no process id", () => "not a pid"],
  ])("takes over a lock naming %s, and leaves only its own lock", (_, content) => {
    const dir = freshDir();
    const path = join(dir, "workbook.json");
    writeFileSync(`${path}.lock`, content());
    const release = lockWorkbook(path);
    expect(readFileSync(`${path}.lock`, "utf8")).toBe(String(process.pid));
    expect(readdirSync(dir)).toEqual(["workbook.json.lock"]);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
