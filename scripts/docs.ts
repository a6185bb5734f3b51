/** npm run docs: regenerates the README's function reference from the registry. */
import { readFileSync, writeFileSync } from "node:fs";
import { functionCatalog } from "../src/functions";
import { withFunctionReference } from "./functionReference";

const readmePath = new URL("../README.md", import.meta.url);
writeFileSync(readmePath, withFunctionReference(readFileSync(readmePath, "utf8"), functionCatalog()));
console.log("README.md: function reference regenerated");
