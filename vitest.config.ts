import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A test that spawns the command line or builds hundreds of channels can take far longer than
    // it does alone when the machine is loaded; speed is measured by npm run bench, not here.
    testTimeout: 120_000,
    // A file's set-up launches Chromium, the playground or LibreOffice, which on a loaded two-core
    // machine can take longer than the default 10 s.
    hookTimeout: 120_000,
    // expect.poll waits for a page or a server to catch up: 1 s by default, which a loaded machine overruns.
    expect: { poll: { timeout: 20_000 } },
    // Many files wait on a child process (the command line, LibreOffice, Chromium): two at a time
    // even on two cores, where the default would run one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ["default", "./test/plainSummaryReporter.ts"],
  },
});
