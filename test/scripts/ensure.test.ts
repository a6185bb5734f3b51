// scripts/ensure.mjs, the first step of npm start and npm test on a fresh clone: it installs from
// the lock file when node_modules is missing or stale, and the system packages the tests drive.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, Record<string, unknown>> };

/** What npm ci writes in node_modules/.package-lock.json: the locked packages, less other platforms' optional ones. */
function installedRecord(change: (packages: Record<string, Record<string, unknown>>) => void = () => {}) {
  const packages = structuredClone(lock.packages);
  delete packages[""];
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.optional && Array.isArray(entry.os) && !entry.os.includes(process.platform)) delete packages[path];
  }
  change(packages);
  return { ...lock, packages };
}

interface Project {
  dir: string;
  /** What the stand-in npm and apt-get were asked, one call a line, with DEBIAN_FRONTEND. */
  calls(): string[];
}

/** A checkout with the real lock file, and stand-ins for npm, apt-get and soffice that record their calls. */
function project(options: { installed?: object; linkedModules?: boolean; soffice?: boolean } = {}): Project {
  const dir = mkdtempSync(join(tmpdir(), "social-roi-ensure-"));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, "scripts"));
  cpSync(join(root, "scripts/ensure.mjs"), join(dir, "scripts/ensure.mjs"));
  cpSync(join(root, "package-lock.json"), join(dir, "package-lock.json"));
  if (options.installed) {
    const modules = options.linkedModules ? join(dir, "elsewhere") : join(dir, "node_modules");
    mkdirSync(modules);
    writeFileSync(join(modules, ".package-lock.json"), JSON.stringify(options.installed));
    if (options.linkedModules) symlinkSync(modules, join(dir, "node_modules"));
  }
  const bin = join(dir, "bin");
  mkdirSync(bin);
  const log = join(dir, "calls.log");
  writeFileSync(log, "");
  chmodSync(log, 0o666);
  const tools = options.soffice ? ["npm", "apt-get", "soffice"] : ["npm", "apt-get"];
  for (const tool of tools) {
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $* [DEBIAN_FRONTEND=$DEBIAN_FRONTEND]" >> ${log}\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  return { dir, calls: () => readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

function ensure(project: Project, args: string[] = [], env: Record<string, string> = {}, asUser?: number) {
  const command = [process.execPath, join(project.dir, "scripts/ensure.mjs"), ...args];
  const [file, ...rest] = asUser === undefined ? command : ["/usr/bin/setpriv", `--reuid=${asUser}`, `--regid=${asUser}`, "--clear-groups", ...command];
  const result = spawnSync(file, rest, {
    cwd: project.dir,
    encoding: "utf8",
    // Only the stand-ins on PATH; Chromium "installed" (any existing file) unless told otherwise.
    env: { PATH: join(project.dir, "bin"), HOME: project.dir, CHROMIUM_PATH: process.execPath, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("installing the dependencies", () => {
  it("runs npm ci on a fresh clone, where node_modules is missing", () => {
    const fresh = project();
    const result = ensure(fresh);
    expect(result.status).toBe(0);
    expect(result.output).toContain("Installing the dependencies from package-lock.json (node_modules is missing)");
    expect(fresh.calls()).toEqual(["npm ci --no-audit --no-fund [DEBIAN_FRONTEND=]"]);
  });

  it("does nothing when node_modules holds what the lock file asks for", () => {
    const ready = project({ installed: installedRecord() });
    expect(ensure(ready)).toEqual({ status: 0, output: "" });
    expect(ready.calls()).toEqual([]);
  });

  it.each([
    ["a package was upgraded in the lock file", (p: Record<string, Record<string, unknown>>) => (p["node_modules/zod"].version = "3.0.0"), "node_modules/zod is not the version package-lock.json asks for"],
    ["a package was added to the lock file", (p: Record<string, Record<string, unknown>>) => delete p["node_modules/chart.js"], "node_modules/chart.js is not installed"],
    ["a package was installed by hand", (p: Record<string, Record<string, unknown>>) => (p["node_modules/left-pad"] = { version: "1.3.0" }), "node_modules/left-pad is not the version package-lock.json asks for"],
  ])("reinstalls when %s", (_, change, reason) => {
    const stale = project({ installed: installedRecord(change) });
    const result = ensure(stale);
    expect(result.status).toBe(0);
    expect(result.output).toContain(`(${reason})`);
    expect(stale.calls()).toEqual(["npm ci --no-audit --no-fund [DEBIAN_FRONTEND=]"]);
  });

  it("reinstalls a node_modules that npm did not install", () => {
    const foreign = project({ installed: { lockfileVersion: 9 } });
    expect(ensure(foreign).output).toContain("(node_modules was not installed by npm)");
    expect(foreign.calls()).toEqual(["npm ci --no-audit --no-fund [DEBIAN_FRONTEND=]"]);
  });

  it("never reinstalls a node_modules that is a link to another folder, and says why", () => {
    const linked = project({ installed: installedRecord((p) => delete p["node_modules/chart.js"]), linkedModules: true });
    const result = ensure(linked);
    expect(result.status).toBe(0);
    expect(result.output).toContain("node_modules/chart.js is not installed. Not reinstalling a linked folder.");
    expect(linked.calls()).toEqual([]);
  });
});

describe("the system packages the tests drive", () => {
  const asRoot = process.getuid?.() === 0;
  const apt = (packages: string) => [
    "apt-get update -qq [DEBIAN_FRONTEND=noninteractive]",
    `apt-get -qq install -y --no-install-recommends ${packages} [DEBIAN_FRONTEND=noninteractive]`,
  ];
  const refusal = (packages: string) =>
    `The tests need ${packages.split(" ").join(", ")}. Install them with:\n  sudo apt-get install -y --no-install-recommends ${packages}\n`;

  it("installs what is missing with apt-get when run as root, without questions; otherwise names the command", () => {
    const bare = project({ installed: installedRecord() });
    const result = ensure(bare, ["--for-tests"], { CHROMIUM_PATH: join(bare.dir, "no-chromium") });
    if (asRoot) {
      expect(result.status).toBe(0);
      expect(bare.calls()).toEqual(apt("chromium fonts-liberation libreoffice-calc"));
    } else {
      expect(result).toEqual({ status: 1, output: refusal("chromium fonts-liberation libreoffice-calc") });
    }
    const withChromium = project({ installed: installedRecord() });
    const second = ensure(withChromium, ["--for-tests"]);
    if (asRoot) expect(withChromium.calls()).toEqual(apt("libreoffice-calc"));
    else expect(second).toEqual({ status: 1, output: refusal("libreoffice-calc") });
  });

  it("does nothing when Chromium and LibreOffice are there", () => {
    const complete = project({ installed: installedRecord(), soffice: true });
    expect(ensure(complete, ["--for-tests"])).toEqual({ status: 0, output: "" });
    expect(complete.calls()).toEqual([]);
  });

  it("without root, stops with the one command that installs them, and installs nothing", () => {
    const bare = project({ installed: installedRecord() });
    const nobody = asRoot ? 65534 : undefined;
    const result = ensure(bare, ["--for-tests"], { CHROMIUM_PATH: join(bare.dir, "no-chromium") }, nobody);
    expect(result).toEqual({ status: 1, output: refusal("chromium fonts-liberation libreoffice-calc") });
    expect(bare.calls()).toEqual([]);
  });
});
