/**
 * npm start: serves the playground, where the built add-on runs on an embedded spreadsheet engine.
 * Options: --port N (or PORT), --data FILE (or PLAYGROUND_DATA), --locale en|fr (or PLAYGROUND_LOCALE).
 */
import { parseArgs } from "node:util";
import { startPlayground } from "./server/server";

const started = performance.now();
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8080" },
    data: { type: "string", default: process.env.PLAYGROUND_DATA ?? ".playground/workbook.json" },
    locale: { type: "string", default: process.env.PLAYGROUND_LOCALE ?? "en" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number from 0 to 65535, not '${values.port}'`);
  process.exit(2);
}

startPlayground({ port, dataPath: values.data, userLocale: values.locale }).then(
  ({ url, playground, close }) => {
    const notice = playground.view().notice;
    if (notice) console.warn(notice);
    console.log(`Social ROI playground: ${url}  (workbook kept in ${values.data}; ready in ${Math.round(performance.now() - started)} ms)`);
    // Ctrl-C, or a signal to npm start (which passes it on): the server stops and frees its workbook.
    // Ctrl-C reaches the server twice (from the terminal, then passed on by npm): the second one
    // must not end the process before the lock is freed.
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void close().then(() => process.exit(0));
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop);
  },
  (error: unknown) => {
    console.error(`The playground could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
