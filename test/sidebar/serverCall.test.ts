import { afterEach, describe, expect, it, vi } from "vitest";
import { entryPointCatalog } from "../../src/addon";
import { server } from "../../src/sidebar/server";
import { reasonOf, serverCall } from "../../src/sidebar/serverCall";

type Handler = (value: unknown) => void;

/** google.script.run answering every call with `answer`, remembering what was called. */
function fakeScriptRun(answer: (name: string, args: unknown[]) => { ok: true; value: unknown } | { ok: false; error: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (success?: Handler, failure?: Handler): object =>
    new Proxy(
      {},
      {
        get: (_target, name: string) => {
          if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, failure);
          if (name === "withFailureHandler") return (handler: Handler) => runner(success, handler);
          return (...args: unknown[]) => {
            calls.push({ name, args });
            const result = answer(name, args);
            setTimeout(() => (result.ok ? success?.(result.value) : failure?.(result.error)));
          };
        },
      },
    );
  vi.stubGlobal("google", { script: { run: runner() } });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("serverCall", () => {
  it("calls the named server function with the arguments and resolves with its result", async () => {
    const calls = fakeScriptRun(() => ({ ok: true, value: "Sheet1!B3" }));
    await expect(serverCall<string>("insertFormula", "=CPA(5000, 1000)")).resolves.toBe("Sheet1!B3");
    expect(calls).toEqual([{ name: "insertFormula", args: ["=CPA(5000, 1000)"] }]);
  });

  it("rejects with an Error carrying the server's message", async () => {
    fakeScriptRun(() => ({ ok: false, error: new Error("No cell is selected") }));
    await expect(serverCall("insertFormula", "=CPA(1, 2)")).rejects.toThrow("No cell is selected");
    fakeScriptRun(() => ({ ok: false, error: "plain text failure" }));
    await expect(serverCall("insertFormula", "=CPA(1, 2)")).rejects.toThrow("plain text failure");
  });
});

describe("reasonOf", () => {
  it("gives the message in words, without an error-type prefix or a stack", () => {
    const error = new Error("Exception: You are trying to edit a protected cell.");
    expect(reasonOf(error)).toBe("You are trying to edit a protected cell.");
    expect(reasonOf(new Error("Error: Cannot insert 'x'"))).toBe("Cannot insert 'x'");
    expect(reasonOf("Timed out")).toBe("Timed out");
    expect(reasonOf({ stack: "at insertFormula (Code:12)" })).toBe("");
    expect(reasonOf(new Error(""))).toBe("");
  });
});

describe("server", () => {
  it("calls only functions the bundle declares as entry points", () => {
    const names = entryPointCatalog().map((entry) => entry.name);
    for (const name of Object.keys(server)) expect(names).toContain(name);
  });

  it("passes the formula to insert to insertFormula, the cell whose formula the user agreed to replace, and whether in native form", async () => {
    const calls = fakeScriptRun(() => ({ ok: true, value: { status: "inserted", cell: "Sheet1!A1" } }));
    await server.insertFormula("=CTR(30, 1000)");
    await server.insertFormula("=CTR(30, 1000)", "Sheet1!A1");
    await server.insertFormula("=CTR(30, 1000)", null, true);
    expect(calls).toEqual([
      { name: "insertFormula", args: ["=CTR(30, 1000)", null, false] },
      { name: "insertFormula", args: ["=CTR(30, 1000)", "Sheet1!A1", false] },
      { name: "insertFormula", args: ["=CTR(30, 1000)", null, true] },
    ]);
  });

  it("passes the scorecard request to buildScorecard, and the built sheet's name to openScorecard", async () => {
    const calls = fakeScriptRun(() => ({ ok: true, value: null }));
    const request = { headers: ["Channel"], rows: [["X"]], mapping: { channel: 0 }, source: null, options: { targetRoi: 0, chart: true, linkToSource: false } };
    await server.buildScorecard(request);
    await server.openScorecard("Channel scorecard");
    expect(calls).toEqual([
      { name: "buildScorecard", args: [request] },
      { name: "openScorecard", args: ["Channel scorecard"] },
    ]);
  });
});
