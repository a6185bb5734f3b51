// A saved workbook the add-on's session cannot show never stops the playground from starting.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { Playground } from "../../playground/server/playground";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { saveWorkbook } from "../../playground/server/workbookStore";

describe("opening the saved workbook", () => {
  it("sets aside a workbook whose view fails, says why, and opens the sample", () => {
    const dir = mkdtempSync(join(tmpdir(), "social-roi-playground-"));
    const path = join(dir, "workbook.json");
    const mine = sampleWorkbook();
    mine.sheets[0].cells[1][5] = 1e307;
    saveWorkbook(path, mine);
    const saved = readFileSync(path, "utf8");
    // Plays a fault of the number formatter on this one value: the session opens, its view throws.
    const sessionFor = (workbook: WorkbookFile) => {
      const session = createSession({ workbook });
      if (workbook.sheets[0].cells[1]?.[5] !== 1e307) return session;
      const failingView = () => {
        throw new RangeError("1e307 cannot be formatted");
      };
      return Object.assign(Object.create(session), { view: failingView });
    };
    const playground = new Playground(path, sessionFor);
    const view = playground.view();
    const kept = readdirSync(dir).find((name) => name.startsWith("workbook.json.corrupt-"))!;
    expect(view.notice).toBe(
      `The saved workbook ${path} could not be opened (1e307 cannot be formatted); it was kept as ${join(dir, kept)} and the sample workbook was opened instead.`,
    );
    expect(readFileSync(join(dir, kept), "utf8")).toBe(saved);
    expect(view.sheets[0].cells[1][5].display).toBe("48%");
  });

  it("opens a saved workbook the session can show, with no notice", () => {
    const path = join(mkdtempSync(join(tmpdir(), "social-roi-playground-")), "workbook.json");
    const mine = sampleWorkbook();
    mine.sheets[0].cells[1][0] = "Meta";
    saveWorkbook(path, mine);
    const view = new Playground(path, (workbook) => createSession({ workbook })).view();
    expect(view.notice).toBeNull();
    expect(view.sheets[0].cells[1][0].display).toBe("Meta");
  });

  it("gives a fresh sample each time, whatever was done to the previous one", () => {
    const first = sampleWorkbook();
    first.sheets[0].cells[1][1] = 1;
    first.sheets[0].formats[1][1] = "0.00";
    const next = sampleWorkbook();
    expect(next.sheets[0].cells[1][1]).toBe(4200);
    expect(next.sheets[0].formats[1][1]).toBe("[$€]#,##0");
    expect(next.sheets[0].formats[2][1]).toBe("[$€]#,##0");
  });
});
