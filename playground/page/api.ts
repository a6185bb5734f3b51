/** The page's calls to the playground server. */
import type { PlaygroundView } from "../server/playground";

async function post(path: string, body: unknown = {}): Promise<PlaygroundView> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reply = (await response.json()) as PlaygroundView & { message?: string };
  if (!response.ok) throw new Error(reply.message ?? `The playground answered ${response.status}`);
  return reply;
}

export const api = {
  view: async (): Promise<PlaygroundView> => (await fetch("/api/view")).json() as Promise<PlaygroundView>,
  edit: (sheet: string, cell: string, input: string) => post("/api/edit", { sheet, cell, input }),
  /** Pastes rows of cells' text from the cell on, as one edit. */
  paste: (sheet: string, cell: string, inputs: string[][]) => post("/api/paste", { sheet, cell, inputs }),
  clear: (sheet: string, range: string) => post("/api/clear", { sheet, range }),
  undo: () => post("/api/undo"),
  redo: () => post("/api/redo"),
  select: (sheet: string, range: string) => post("/api/select", { sheet, range }),
  runMenuItem: (functionName: string) => post("/api/menu", { functionName }),
  closeSidebar: () => post("/api/sidebar/close"),
  reset: () => post("/api/reset"),
};
