/** The registry as plain JSON: what the build, the docs, the sidebar and the engine plugin read. */
import type { ArgKind } from "./argKinds";
import { FUNCTIONS, type ResultFormat } from "./registry";

export interface ParamDoc {
  name: string;
  kind: ArgKind;
  help: string;
  frenchHelp: string;
  optional: boolean;
}

export interface FunctionDoc {
  name: string;
  summary: string;
  frenchSummary: string;
  params: ParamDoc[];
  result: ResultFormat;
  example: { formula: string; value: number };
}

export function functionCatalog(): FunctionDoc[] {
  return FUNCTIONS.map((fn) => ({
    name: fn.name,
    summary: fn.summary,
    frenchSummary: fn.frenchSummary,
    params: fn.params.map((p) => ({ name: p.name, kind: p.kind, help: p.help, frenchHelp: p.frenchHelp, optional: p.defaultValue !== undefined })),
    result: fn.result,
    example: { ...fn.example },
  }));
}
