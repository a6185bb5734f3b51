/** The page's calls to the playground server; each answer is the view of the window the page shows. */
import type { ViewWindow } from "../runtime/contract";
import type { PlaygroundView } from "../server/playground";

async function answer(response: Response): Promise<PlaygroundView> {
  const reply = (await response.json()) as PlaygroundView & { message?: string };
  if (!response.ok) throw new Error(reply.message ?? `The playground answered ${response.status}`);
  return reply;
}

/** The calls, each carrying the window shown at the time. */
export function playgroundApi(shownWindow: () => ViewWindow | undefined) {
  const post = async (path: string, body: object = {}): Promise<PlaygroundView> =>
    answer(
      await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, window: shownWindow() }) }),
    );
  return {
    view: async (): Promise<PlaygroundView> => {
      const window = shownWindow();
      const query = window ? `?${new URLSearchParams({ ...(window.sheet !== undefined && { sheet: window.sheet }), row: String(window.row), rows: String(window.rows) })}` : "";
      return answer(await fetch(`/api/view${query}`));
    },
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
}

export type PlaygroundApi = ReturnType<typeof playgroundApi>;
