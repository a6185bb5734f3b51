/** npm run bench: prints figures; it asserts nothing. */
import { benchFunctions } from "./bench/functions";
import { benchPlayground } from "./bench/playground";

benchFunctions();
await benchPlayground();
