/** npm run bench: prints figures; it asserts nothing. */
import { benchCli } from "./bench/cli";
import { benchDrawing } from "./bench/drawing";
import { benchFunctions } from "./bench/functions";
import { benchImport } from "./bench/import";
import { benchLinked } from "./bench/linked";
import { benchPlayground } from "./bench/playground";
import { benchScorecard } from "./bench/scorecard";

benchFunctions();
await benchPlayground();
benchScorecard();
benchLinked();
await benchDrawing();
benchCli();
benchImport();
