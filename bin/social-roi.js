#!/usr/bin/env node
// npx social-roi: the command line runs the built add-on's TypeScript harness through tsx.
import { register } from "tsx/esm/api";

register();
await import("../playground/cli/main.ts");
