import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { loadWorkbook, saveWorkbook } from "../../playground/server/workbookStore";

const freshDir = () => mkdtempSync(join(tmpdir(), "social-roi-store-"));

describe("workbook store", () => {
  it("opens the sample when there is no saved workbook", () => {
    const loaded = loadWorkbook(join(freshDir(), "none.json"));
    expect(loaded.notice).toBeNull();
    expect(loaded.workbook.sheets.map((s) => s.name)).toEqual(["Channel data", "Worked examples"]);
  });

  it("saves and loads a workbook", () => {
    const path = join(freshDir(), "nested", "workbook.json");
    const workbook = sampleWorkbook();
    workbook.sheets[0].cells[1][1] = 9999;
    saveWorkbook(path, workbook);
    expect(loadWorkbook(path).workbook.sheets[0].cells[1][1]).toBe(9999);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it.each([
    ["broken JSON", "{ not json"],
    ["JSON that is not a workbook", JSON.stringify({ version: 2, sheets: [] })],
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
});
