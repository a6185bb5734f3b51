// --out never destroys the export it reads.
import { execFile } from "node:child_process";
import { linkSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cliDir, csvFile, run } from "./runCli";

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

describe("--out onto a file already there", () => {
  it("refuses a hard link of the data file (the same file under another name), which stays as it was", async () => {
    const path = csvFile("own-hard.csv", EXPORT);
    const link = join(cliDir, "own-hard-link.xlsx");
    linkSync(path, link);
    const { code, stdout, stderr } = await run("scorecard", path, "--out", link);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`social-roi: --out: ${link} is the data file itself; write the .xlsx to another file\n`);
    expect(readFileSync(path, "utf8")).toBe(EXPORT);
  });

  it("leaves the file that was there whole when the write fails, and no half-written file beside it", async () => {
    const path = csvFile("own-full-disk.csv", EXPORT);
    const out = join(cliDir, "last-quarter.xlsx");
    const previous = Buffer.from("PK last quarter's report, as it was written");
    writeFileSync(out, previous);
    // A file size limit of 4 KiB plays a full disk: the .xlsx is larger, its write fails part way.
    const failed = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile("sh", ["-c", 'ulimit -f 4; exec "$0" "$@"', process.execPath, BIN, "scorecard", path, "--out", out], (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain(`social-roi: cannot write ${out} (EFBIG: file too large`);
    expect(readFileSync(out).equals(previous)).toBe(true);
    expect(readdirSync(dirname(out)).filter((name) => name.includes("last-quarter.xlsx."))).toEqual([]);
  });
});

describe("an export wider than a sheet", () => {
  it("is refused naming the limit, 18,278 columns, and what to do", async () => {
    // A report exported with one column per day for 270 years: 100,000 columns.
    const header = ["Channel", "Spend", "Conversions", "Revenue", ...Array.from({ length: 99_996 }, (_, i) => `Day ${i + 1}`)];
    const row = ["Facebook", "120", "6", "540", ...Array.from({ length: 99_996 }, () => "1")];
    const path = csvFile("wide.csv", `${header.join(",")}\n${row.join(",")}\n`);
    const { code, stdout, stderr } = await run("scorecard", path);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(
      `social-roi: ${path}: the file has 100,000 columns, where a sheet holds at most 18,278 (A to ZZZ) as in Google Sheets: keep only the columns and rows the scorecard reads (channel, spend, results, revenue), or export fewer\n`,
    );
  });
});
