/** Debian's Chromium, driven by playwright-core (no browser download works on our machines). */
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const ARTIFACTS = new URL("../../artifacts/", import.meta.url);

/** A test that drives a page in Chromium takes seconds, and on a loaded two-core machine well over the default 30 s. */
export const IN_CHROMIUM = { timeout: 120_000 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with 'apt-get install -y --no-install-recommends chromium' (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return new URL(name, ARTIFACTS).pathname;
}
