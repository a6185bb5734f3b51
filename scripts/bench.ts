/** npm run bench: prints figures; it asserts nothing. */
import { benchCli } from "./bench/cli";
import { benchDrawing } from "./bench/drawing";
import { benchEngagement } from "./bench/engagement";
import { benchFunctions } from "./bench/functions";
import { benchImport } from "./bench/import";
import { benchPlayground } from "./bench/playground";
import { benchScorecard } from "./bench/scorecard";

benchFunctions();
await benchPlayground();
benchScorecard();
benchEngagement();
await benchDrawing();
benchCli();
benchImport();
