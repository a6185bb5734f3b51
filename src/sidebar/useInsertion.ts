/** Inserting a function's example into the sheet, one at a time, and how the last one went. */
import { useRef, useState } from "preact/hooks";
import type { FunctionDoc } from "../functions";
import type { Messages } from "../i18n";
import { server } from "./server";
import { reasonOf } from "./serverCall";

/** The outcome of the last Insert click, shown under that function's button. */
export interface Insertion {
  name: string;
  state: "inserting" | "done" | "failed";
  text: string;
}

export function useInsertion(messages: Messages): { insertion: Insertion | null; insert(fn: FunctionDoc): Promise<void> } {
  const [insertion, setInsertion] = useState<Insertion | null>(null);
  // A ref, not state: a second click before the re-render must see the first one running.
  const busy = useRef(false);

  async function insert(fn: FunctionDoc): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setInsertion({ name: fn.name, state: "inserting", text: "" });
    try {
      const cell = await server.insertFormula(fn.example.formula);
      setInsertion({ name: fn.name, state: "done", text: messages.insertedIn(cell) });
    } catch (error) {
      setInsertion({ name: fn.name, state: "failed", text: messages.insertFailed(reasonOf(error) || messages.unknownError) });
    } finally {
      busy.current = false;
    }
  }

  return { insertion, insert };
}
