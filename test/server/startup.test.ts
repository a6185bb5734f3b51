// Starting, resetting and sharing a workbook file: the user's data are never lost.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlaygroundView } from "../../playground/server/playground";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { startPlayground } from "../../playground/server/server";
import { postJson, send } from "./httpClient";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "social-roi-startup-")), "workbook.json");

const getView = async (url: string) => (await send(url, "/api/view")).json<PlaygroundView>();

describe("the playground's workbook file", () => {
  it("sets a file of the wrong shape aside, opens the sample and says so in the page", async () => {
    const path = freshPath();
    // Valid JSON, but the cells of a sheet saved as one object per row (another tool's export).
    const wrongShape = JSON.stringify({ ...sampleWorkbook(), sheets: [{ name: "Data", cells: [{ A: "Facebook", B: 4200 }], formats: [], frozenRows: 0, metadata: [] }] });
    writeFileSync(path, wrongShape);
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      const view = await getView(running.url);
      const keptAs = readdirSync(join(path, "..")).find((name) => name.startsWith("workbook.json.corrupt-"));
      expect(view.notice).toBe(`The saved workbook ${path} could not be read; it was kept as ${join(path, "..", keptAs!)} and the sample workbook was opened instead.`);
      expect(readFileSync(join(path, "..", keptAs!), "utf8")).toBe(wrongShape);
      expect(view.sheets[0].cells[1][0].display).toBe("Facebook");
      expect((await postJson(running.url, "/api/edit", { sheet: "Channel data", cell: "B2", input: "4300" })).status).toBe(200);
      expect(JSON.parse(readFileSync(path, "utf8")).sheets[0].cells[1][1]).toBe("4300"); // saved as typed
    } finally {
      await running.close();
    }
  });

  it("refuses a second server on the same file with a clear message, and the first keeps its edits", async () => {
    const path = freshPath();
    const first = await startPlayground({ port: 0, dataPath: path });
    try {
      await expect(startPlayground({ port: 0, dataPath: path })).rejects.toThrow(
        `${path} is already open in another playground (process ${process.pid}). Stop that one first, or start this one on another file with --data. (If no playground is running, delete ${path}.lock.)`,
      );
      expect((await postJson(first.url, "/api/edit", { sheet: "Channel data", cell: "A2", input: "Meta" })).status).toBe(200);
      expect(JSON.parse(readFileSync(path, "utf8")).sheets[0].cells[1][0]).toBe("Meta");
    } finally {
      await first.close();
    }
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = await startPlayground({ port: 0, dataPath: path });
    expect((await getView(second.url)).sheets[0].cells[1][0].display).toBe("Meta");
    await second.close();
  });

  it("keeps the previous workbook as a backup when Reset restores the sample", async () => {
    const path = freshPath();
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      await postJson(running.url, "/api/edit", { sheet: "Channel data", cell: "A2", input: "Meta ads" });
      const mine = readFileSync(path, "utf8");
      const reset = await postJson(running.url, "/api/reset", {});
      expect(reset.status).toBe(200);
      const backup = readdirSync(join(path, "..")).filter((name) => name.startsWith("workbook.json.backup-"));
      expect(backup).toHaveLength(1);
      expect(readFileSync(join(path, "..", backup[0]), "utf8")).toBe(mine);
      expect(reset.json<PlaygroundView>().notice).toBe(`The sample workbook was restored; the previous workbook was kept as ${join(path, "..", backup[0])}.`);
      expect(reset.json<PlaygroundView>().sheets[0].cells[1][0].display).toBe("Facebook");
    } finally {
      await running.close();
    }
  });
});
