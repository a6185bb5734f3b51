// The workbook file in the cases a clumsy setup brings: a symbolic link, a read-only file, bytes
// that are not UTF-8, a folder in its place, and a save that fails. The user's file is never
// lost or changed behind their back, and each refusal says what is wrong in words.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import type { PlaygroundView } from "../../playground/server/playground";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { startPlayground } from "../../playground/server/server";
import { saveProblem } from "../../playground/server/workbookStore";
import { postJson, send } from "./httpClient";

const SHEET = "Channel data";
const freshDir = () => mkdtempSync(join(tmpdir(), "social-roi-file-safety-"));
const getView = async (url: string) => (await send(url, "/api/view")).json<PlaygroundView>();
const savedChannel = (path: string, row: number, column: number) => (JSON.parse(readFileSync(path, "utf8")) as WorkbookFile).sheets[0].cells[row][column];

describe("a workbook path that is a symbolic link", () => {
  it("locks and saves the file it names: a second server on either path is refused, and the link stays a link", async () => {
    const dir = freshDir();
    const real = join(dir, "team.json");
    const link = join(dir, "link.json");
    writeFileSync(real, JSON.stringify(sampleWorkbook()));
    symlinkSync(real, link);
    const running = await startPlayground({ port: 0, dataPath: link });
    try {
      await expect(startPlayground({ port: 0, dataPath: real })).rejects.toThrow(`${real} is already open in another playground`);
      expect((await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "A2", input: "Meta" })).status).toBe(200);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(savedChannel(real, 1, 0)).toBe("Meta");
    } finally {
      await running.close();
    }
  });
});

describe("a read-only workbook file", () => {
  it("is refused at start with what to do, and stays read-only and unchanged", async () => {
    const path = join(freshDir(), "workbook.json");
    const written = JSON.stringify(sampleWorkbook());
    writeFileSync(path, written);
    chmodSync(path, 0o444);
    await expect(startPlayground({ port: 0, dataPath: path })).rejects.toThrow(
      `${path} is read-only, and the playground saves every change to it. Make it writable (chmod u+w ${path}), or start on another file with --data.`,
    );
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readFileSync(path, "utf8")).toBe(written);
  });

  it("a private file stays private after a save", async () => {
    const path = join(freshDir(), "workbook.json");
    writeFileSync(path, JSON.stringify(sampleWorkbook()));
    chmodSync(path, 0o600);
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      expect((await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "A2", input: "Meta" })).status).toBe(200);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      await running.close();
    }
  });
});

describe("a workbook file with bytes that are not UTF-8", () => {
  it("is set aside byte for byte, as other unreadable files are, and the sample opens", async () => {
    const dir = freshDir();
    const path = join(dir, "workbook.json");
    // A channel name saved in Latin-1 by another tool: "Télé" with é as the single byte 0xE9.
    const text = JSON.stringify(sampleWorkbook()).replace('"Facebook"', '"T\u0000l\u0000"');
    const bytes = Buffer.from(text, "utf8");
    bytes.forEach((byte, i) => {
      if (byte === 0) bytes[i] = 0xe9;
    });
    writeFileSync(path, bytes);
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      const keptAs = readdirSync(dir).find((name) => name.startsWith("workbook.json.corrupt-"));
      expect(keptAs).toBeDefined();
      expect(readFileSync(join(dir, keptAs!)).equals(bytes)).toBe(true);
      const view = await getView(running.url);
      expect(view.notice).toBe(`The saved workbook ${path} could not be read; it was kept as ${join(dir, keptAs!)} and the sample workbook was opened instead.`);
      expect(view.sheets[0].cells[1][0].display).toBe("Facebook");
    } finally {
      await running.close();
    }
  });
});

describe("a folder at the workbook path", () => {
  it("is refused at start in words, naming a file to use instead", async () => {
    const path = join(freshDir(), "playground");
    mkdirSync(path);
    await expect(startPlayground({ port: 0, dataPath: path })).rejects.toThrow(
      `${path} is a folder, not a workbook file. Start the playground with --data naming a file, such as ${join(path, "workbook.json")}.`,
    );
    expect(readdirSync(path)).toEqual([]);
  });
});

describe("a save that fails", () => {
  it("answers 507 saying the change is not saved, takes it back on screen, and the next save works", async () => {
    const path = join(freshDir(), "workbook.json");
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      expect((await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "B2", input: "4300" })).status).toBe(200);
      const saved = readFileSync(path, "utf8");
      // A folder where the save writes its temporary file: the write fails as on a full disk.
      mkdirSync(`${path}.tmp`);
      const failed = await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "B2", input: "9999" });
      expect(failed.status).toBe(507);
      expect(failed.json().message).toMatch(new RegExp(`^Your change was not saved, so it was taken back: ${path.replace(/[.]/g, "\\.")} could not be written, as .+\\. The workbook shows what the file holds\\.$`));
      // The system's reason, not the cleanup's.
      expect(failed.json().message).toContain(`EISDIR: illegal operation on a directory, open '${path}.tmp'`);
      expect(readFileSync(path, "utf8")).toBe(saved);
      expect((await getView(running.url)).sheets[0].cells[1][1].value).toBe(4300);

      rmdirSync(`${path}.tmp`);
      expect((await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "B2", input: "5100" })).status).toBe(200);
      expect(savedChannel(path, 1, 1)).toBe("5100");
    } finally {
      await running.close();
    }
  });
});

describe("why a save failed, in words", () => {
  it.each([
    ["ENOSPC", "the disk is full (ENOSPC)"],
    ["EROFS", "the disk is read-only (EROFS)"],
    ["EACCES", "the folder or the file may not be written (EACCES)"],
  ])("%s reads as %s", (code, words) => {
    const error = Object.assign(new Error(`${code}: raw system message, write`), { code });
    expect(saveProblem(error)).toBe(words);
  });
});
