/** Serves the playground on localhost: the page, its API, and the add-on's sidebar. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { spreadsheetLocaleFor } from "../emulation";
import { createSession } from "../runtime/session";
import { buildBrowserBundles } from "./browserBundles";
import { Playground } from "./playground";
import { createHandler } from "./routes";
import { lockWorkbook, workbookPath } from "./workbookStore";

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the workbook is kept between runs. */
  dataPath: string;
  /** The user's language as Session.getActiveUserLocale() reports it, such as "en" or "fr"; "fr" also opens the workbook in fr_FR. */
  userLocale?: string;
}

export interface RunningPlayground {
  url: string;
  playground: Playground;
  close(): Promise<void>;
}

/** Takes the workbook file (a second server on it refuses to start), opens it and listens on 127.0.0.1. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const dataPath = workbookPath(options.dataPath);
  const release = lockWorkbook(dataPath);
  try {
    const bundles = await buildBrowserBundles();
    const playground = new Playground(dataPath, (workbook) => createSession({ workbook, userLocale: options.userLocale, spreadsheetLocale: spreadsheetLocaleFor(options.userLocale) }));
    const server = createServer(createHandler(playground, bundles));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, "127.0.0.1", resolve);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      playground,
      close: () =>
        new Promise((resolve) => {
          server.close(() => {
            release();
            resolve();
          });
          server.closeAllConnections();
        }),
    };
  } catch (error) {
    release();
    throw error;
  }
}
