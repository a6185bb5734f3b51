// The sidebar's defence against a channel named <img src=x onerror=...>: Preact escapes all text it renders.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const SIDEBAR = new URL("../../src/sidebar/", import.meta.url);
const sources = readdirSync(SIDEBAR, { recursive: true })
  .map(String)
  .filter((file) => /\.tsx?$/.test(file));

describe("the sidebar's source", () => {
  it("holds the scorecard view", () => {
    expect(sources).toContain("scorecard/ScorecardBuilder.tsx");
  });

  it.each(sources)("%s writes no HTML itself: all text goes through JSX", (file) => {
    const code = readFileSync(new URL(file, SIDEBAR), "utf8");
    expect(code).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
  });
});
