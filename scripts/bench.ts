/** npm run bench: prints figures; it asserts nothing. */
import { benchFunctions } from "./bench/functions";

benchFunctions();
