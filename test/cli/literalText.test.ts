// What a CSV's text cells become in the command line: literal text in the sheet, harmless in the
// terminal; and an exit code that says when the scorecard shows errors.
import { describe, expect, it } from "vitest";
import { csvFile, run } from "./runCli";

// Campaign names as teams write them: placeholders, signs, a pasted formula, an escape sequence.
const NAMES = ["--", "-Retargeting", "+Promo", '=HYPERLINK("http://x","y")', "@SUM(1)", "\u001b[31mred"];
const SPEND = [120, 80.5, 45.25, 200, 60, 30];
const PURCHASES = [6, 3, 2, 9, 1, 1];
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const TRICKY_NAMES = [
  "Channel,Spend,Leads,Purchases,Revenue",
  ...NAMES.map((name, i) => `${quoted(name)},${SPEND[i]},${100 + i},${PURCHASES[i]},${SPEND[i] * 3}`),
  "",
].join("\r\n");

interface Report {
  channels: Record<string, string | number | null>[];
  totals: Record<string, string | number | null>;
  summary: string;
}

describe.concurrent("channel names that look like formulas or escape sequences", () => {
  it("stay literal text, each with its own figures, and exit 0", async () => {
    const { code, stdout, stderr } = await run("scorecard", csvFile("tricky.csv", TRICKY_NAMES), "--json");
    expect([code, stderr]).toEqual([
      0,
      "social-roi: read as UTF-8, comma separated\n" +
        "social-roi: Columns read: Channel ← “Channel”, Spend ← “Spend”, Conversions ← “Purchases”, Leads ← “Leads”, Revenue ← “Revenue”.\n",
    ]);
    const report = JSON.parse(stdout) as Report;
    expect(report.channels.map((channel) => channel.channel)).toEqual(NAMES);
    report.channels.forEach((channel, i) => {
      expect(channel.budget).toBe(SPEND[i]);
      expect(channel.cpa).toBeCloseTo(SPEND[i] / PURCHASES[i], 12);
      expect(channel.roi).toBeCloseTo(2, 12);
    });
    const totalSpend = SPEND.reduce((a, b) => a + b, 0);
    expect(report.totals.budget).toBeCloseTo(totalSpend, 9);
    expect(report.totals.cpa).toBeCloseTo(totalSpend / PURCHASES.reduce((a, b) => a + b, 0), 12);
    expect(report.summary).toMatch(/^6 channels; best ROI: /);
    expect(stdout).not.toMatch(/[\u001b\u009b]/);
  });

  it("print harmlessly in the table: no escape character reaches the terminal", async () => {
    const { code, stdout } = await run("scorecard", csvFile("tricky-table.csv", TRICKY_NAMES));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const lines = stdout.split("\n");
    expect(lines.find((line) => line.startsWith("[31mred"))).toMatch(/^\[31mred\s+\$30\.00\s/);
    expect(lines.find((line) => line.startsWith("=HYPERLINK"))).toMatch(/^=HYPERLINK\("http:\/\/x","y"\)\s+\$200\.00\s/);
    expect(lines.find((line) => line.startsWith("--"))).toMatch(/^--\s+\$120\.00\s/);
  });
});

describe.concurrent("the exit code", () => {
  it("is 1 when a scorecard cell is an error, naming the cells on stderr", async () => {
    // Two revenues of 1e308 add up past the largest number: the sheet shows #NUM!, as Sheets would
    // (the scorecard holds the values read, without --out: Infinity is no value a cell can hold).
    const huge = ["Channel,Spend,Leads,Conversions,Revenue", "Facebook,1500,400,12,1e308", "Facebook,820.50,260,7,1e308", "Instagram,820.50,260,7,1330", ""].join("\n");
    const { code, stdout, stderr } = await run("scorecard", csvFile("huge.csv", huge));
    expect(code).toBe(1);
    const [reading, columns, first, ...cells] = stderr.trim().split("\n");
    expect(reading).toBe("social-roi: read as UTF-8, comma separated");
    expect(columns).toBe("social-roi: Columns read: Channel ← “Channel”, Spend ← “Spend”, Conversions ← “Conversions”, Leads ← “Leads”, Revenue ← “Revenue”.");
    // Instagram's verdict (K5) too: it is judged against the rest of the table, whose revenue is the error.
    expect(first).toBe("social-roi: 3 cell(s) of the scorecard show an error; check the data they read:");
    expect(cells).toEqual(["F4", "K5", "F6"].map((cell) => `${cell} #NUM!: Value too large.`));
    // The summary names no channel whose figures are errors.
    expect(stdout.trim().split("\n").at(-1)).toBe("2 channels; best ROI: Instagram 62.1%; total CPA $120.81");
  });

  it("is 0 when every figure computed, with only how the file was read on stderr", async () => {
    const { code, stderr } = await run("scorecard", csvFile("plain.csv", "Channel,Spend,Leads,Conversions,Revenue\nX,10,5,1,20\n"));
    expect([code, stderr]).toEqual([
      0,
      "social-roi: read as UTF-8, comma separated\n" +
        "social-roi: Columns read: Channel ← “Channel”, Spend ← “Spend”, Conversions ← “Conversions”, Leads ← “Leads”, Revenue ← “Revenue”.\n",
    ]);
  });
});
