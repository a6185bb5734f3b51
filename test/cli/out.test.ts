// --out never destroys the export it reads.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { csvFile, run } from "./runCli";

const EXPORT = "Channel,Spend,Leads,Conversions,Revenue\nFacebook,120,300,6,540\n";

describe.concurrent("--out", () => {
  it.each([
    ["the same path", "own-same.csv", (path: string) => path],
    ["another spelling of the path", "own-relative.csv", (path: string) => relative(process.cwd(), path).replace(/([^/]+)$/, "./$1")],
  ])("refuses to write over the data file given by %s, which stays as it was", async (_, name, spelling) => {
    const path = csvFile(name, EXPORT);
    const { code, stdout, stderr } = await run("scorecard", path, "--out", spelling(path));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`social-roi: --out: ${spelling(path)} is the data file itself; write the .xlsx to another file\n`);
    expect(readFileSync(path, "utf8")).toBe(EXPORT);
  });
});
