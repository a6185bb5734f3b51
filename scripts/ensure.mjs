/**
 * Runs first in `npm start` and `npm test`, in plain Node (no packages yet): installs the
 * dependencies from the lock file when node_modules is missing or does not match it, and with
 * --for-tests installs what the browser and .xlsx tests drive (Debian's Chromium and LibreOffice
 * Calc) when missing, or stops with the one command that installs them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Why node_modules does not match package-lock.json, or null when it does. npm records what it
 * installed in node_modules/.package-lock.json: every installed package must be the locked one,
 * and a locked package may be missing only when optional (another platform's binary).
 */
function dependencyProblem(modules) {
  const lock = readJson(join(root, "package-lock.json"));
  if (!lock?.packages) return "package-lock.json cannot be read";
  if (!existsSync(modules)) return "node_modules is missing";
  const installed = readJson(join(modules, ".package-lock.json"));
  if (!installed?.packages) return "node_modules was not installed by npm";
  const same = (a, b) => a.version === b.version && a.integrity === b.integrity && a.resolved === b.resolved;
  for (const [path, entry] of Object.entries(installed.packages)) {
    const locked = lock.packages[path];
    if (!locked || !same(locked, entry)) return `${path} is not the version package-lock.json asks for`;
  }
  for (const [path, locked] of Object.entries(lock.packages)) {
    if (path === "" || locked.link || locked.optional || locked.devOptional) continue;
    if (!installed.packages[path]) return `${path} is not installed`;
  }
  return null;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureDependencies() {
  const modules = join(root, "node_modules");
  const problem = dependencyProblem(modules);
  if (problem === null) return;
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    // A linked install is someone else's folder: reinstalling would replace it for everyone.
    console.warn(`node_modules (a link to ${realpathSync(modules)}) does not match package-lock.json: ${problem}. Not reinstalling a linked folder.`);
    return;
  }
  console.log(`Installing the dependencies from package-lock.json (${problem})...`);
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

function onPath(command) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** The Debian packages the tests need that are not installed. */
function missingTestPackages() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const missing = [];
  if (!existsSync(chromium)) missing.push("chromium", "fonts-liberation");
  if (!onPath("soffice")) missing.push("libreoffice-calc");
  return missing;
}

function ensureTestPackages() {
  const missing = missingTestPackages();
  if (missing.length === 0) return;
  const install = ["install", "-y", "--no-install-recommends", ...missing];
  const canInstall = process.platform === "linux" && process.getuid?.() === 0 && onPath("apt-get");
  if (!canInstall) {
    console.error(`The tests need ${missing.join(", ")}. Install them with:\n  sudo apt-get ${install.join(" ")}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} for the tests...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], env);
  run("apt-get", ["-qq", ...install], env);
}

ensureDependencies();
if (process.argv.includes("--for-tests")) ensureTestPackages();
