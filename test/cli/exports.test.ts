// Real-shaped exports through npx social-roi scorecard --json: figures against sums computed here.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORTS, FIXTURES, sumsByChannel, total } from "../import/exports";

const BIN = new URL("../../bin/social-roi.js", import.meta.url).pathname;
const SHARED_FACEBOOK = new URL("../../../shared/data/facebook-ads-campaigns.csv", import.meta.url).pathname;
const FACEBOOK_COPY = new URL("fixtures/facebook-ads-campaigns-60.csv", import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

type Figures = Record<string, string | number | null>;

async function scorecard(...args: string[]) {
  const { code, stdout, stderr } = await run("scorecard", ...args, "--json");
  expect({ code, failure: code === 0 ? "" : stderr }).toEqual({ code: 0, failure: "" });
  return { ...(JSON.parse(stdout) as { channels: Figures[]; totals: Figures; summary: string }), stderr };
}

describe.concurrent("exports as platforms download them, through the command line", () => {
  it.each(EXPORTS.map((shape) => [shape.shape, shape] as const))("%s", async (_, { file, rows, notes }) => {
    const report = await scorecard(`${FIXTURES}${file}`);
    const expected = sumsByChannel(rows);
    expect(report.channels.map((channel) => channel.channel)).toEqual(expected.map((channel) => channel.channel));
    expected.forEach((sums, i) => {
      const channel = report.channels[i];
      expect(channel.budget as number).toBeCloseTo(sums.budget, 9);
      expect(channel.conversions ?? 0).toBeCloseTo(sums.conversions, 9);
      if (channel.leads !== undefined) expect(channel.leads).toBeCloseTo(sums.leads, 9);
      if (channel.clicks !== undefined) expect(channel.clicks).toBeCloseTo(sums.clicks, 9);
      // Visits are their own column, and who could convert: the conversion rate is over them.
      if (sums.visits > 0) expect(channel.visits as number).toBeCloseTo(sums.visits, 9);
      if (sums.visits > 0 && sums.conversions > 0) expect(channel.conversionRate as number).toBeCloseTo(sums.conversions / sums.visits, 9);
      if (sums.revenue > 0) expect(channel.revenue as number).toBeCloseTo(sums.revenue, 9);
      if (sums.conversions > 0) expect(channel.cpa as number).toBeCloseTo(sums.budget / sums.conversions, 9);
      else expect(channel.cpa ?? null).toBeNull();
      // Without conversions, leads are the result the scorecard costs.
      if (sums.conversions === 0 && sums.leads > 0) expect(channel.cpl as number).toBeCloseTo(sums.budget / sums.leads, 9);
    });
    expect(report.totals.budget as number).toBeCloseTo(total(expected, "budget"), 9);
    const conversions = total(expected, "conversions");
    if (conversions > 0) expect(report.totals.cpa as number).toBeCloseTo(total(expected, "budget") / conversions, 9);
    for (const note of notes) expect(report.stderr).toContain(`social-roi: ${note}\n`);
  });

  it("takes a mapping by header name on the public Facebook export, whose headers it does not know, and pools its CPA", async () => {
    const path = (() => {
      try {
        readFileSync(SHARED_FACEBOOK);
        return SHARED_FACEBOOK;
      } catch {
        return FACEBOOK_COPY;
      }
    })();
    // The file has no quoted cells: a plain split reads it.
    const [header, ...lines] = readFileSync(path, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(","));
    const column = (name: string) => lines.map((cells) => Number(cells[header.indexOf(name)]));
    const spent = column("Spent").reduce((a, b) => a + b, 0);
    const approved = column("Approved_Conversion").reduce((a, b) => a + b, 0);
    const report = await scorecard(path, "--map", "channel=xyz_campaign_id,budget=Spent,conversions=Approved_Conversion,leads=Clicks");
    expect(report.totals.budget as number).toBeCloseTo(spent, 6);
    expect(report.totals.conversions).toBe(approved);
    expect(report.totals.cpa as number).toBeCloseTo(spent / approved, 9);
    expect(report.totals.leads).toBe(column("Clicks").reduce((a, b) => a + b, 0));
  });

  it("finds the header by the names given to --map when no header name is known", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "social-roi-map-")), "unknown.csv");
    writeFileSync(path, ["Weekly pull", "", "src,amt,n_sales", "fb,10.5,2", "ig,4.5,1", ""].join("\n"));
    const report = await scorecard(path, "--map", "channel=src,budget=amt,conversions=n_sales");
    expect(report.channels.map((channel) => [channel.channel, channel.budget, channel.conversions])).toEqual([["fb", 10.5, 2], ["ig", 4.5, 1]]);
    const byLetter = await scorecard(path, "--map", "channel=A,budget=B,conversions=C");
    expect(byLetter.totals.budget).toBe(15);
  });

  it("reads a file with no header at all when --map names the columns by letter", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "social-roi-map-")), "headerless.csv");
    writeFileSync(path, "fb,10.5,2\nig,4.5,1\nfb,1,1\n");
    const report = await scorecard(path, "--map", "channel=A,budget=B,conversions=C");
    expect(report.channels.map((channel) => [channel.channel, channel.budget, channel.conversions])).toEqual([["fb", 11.5, 3], ["ig", 4.5, 1]]);
    const { code, stderr } = await run("scorecard", path);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `social-roi: ${path}: no column found for channel, spend and an outcome (conversions, leads or clicks); it has no header row (columns A to C). Name them with --map channel=<column>,spend=<column>,conversions=<column>\n`,
    );
  });
});
