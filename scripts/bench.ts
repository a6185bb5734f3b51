/** npm run bench: prints figures; it asserts nothing. */
import { benchBigFiles } from "./bench/bigFiles";
import { benchBreakdown } from "./bench/breakdown";
import { benchCli } from "./bench/cli";
import { benchDrawing } from "./bench/drawing";
import { benchEngagement } from "./bench/engagement";
import { benchFunctions } from "./bench/functions";
import { benchImport } from "./bench/import";
import { benchPlan } from "./bench/plan";
import { benchLinked } from "./bench/linked";
import { benchPeriods } from "./bench/periods";
import { benchPlayground } from "./bench/playground";
import { benchScorecard } from "./bench/scorecard";
import { benchSources, benchSourcesSidebar } from "./bench/sources";

benchFunctions();
await benchPlayground();
benchScorecard();
benchBreakdown();
benchPlan();
benchEngagement();
benchLinked();
await benchDrawing();
benchCli();
benchBigFiles();
benchSources();
benchSourcesSidebar();
benchPeriods();
benchImport();
