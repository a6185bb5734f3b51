/**
 * Inserting a function's example into the sheet, one at a time, and how the last one went. Over a
 * formula, the add-on writes nothing until the user agrees to replace it, here in the sidebar
 * (a sidebar cannot rely on window.confirm).
 */
import { useRef, useState } from "preact/hooks";
import type { FunctionDoc } from "../functions";
import type { Messages } from "../i18n";
import { server } from "./server";
import { reasonOf } from "./serverCall";

/** The outcome of the last Insert click, shown under that function's button. */
export type Insertion =
  | { name: string; state: "inserting" | "done" | "failed"; text: string }
  /** The selected cell holds a formula: replace it or keep it. */
  | { name: string; state: "asking"; text: string; fn: FunctionDoc; cell: string; native: boolean };

export interface Inserting {
  insertion: Insertion | null;
  /** native: the example as its native twin, which works in any file. */
  insert(fn: FunctionDoc, native?: boolean): Promise<void>;
  /** The answer to "replace it?" while asking. */
  answer(replace: boolean): Promise<void>;
}

export function useInsertion(messages: Messages): Inserting {
  const [insertion, setInsertion] = useState<Insertion | null>(null);
  // A ref, not state: a second click before the re-render must see the first one running.
  const busy = useRef(false);

  async function write(fn: FunctionDoc, replacing: string | null, native: boolean): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setInsertion({ name: fn.name, state: "inserting", text: "" });
    try {
      const result = await server.insertFormula(fn.example.formula, replacing, native);
      if (result.status === "inserted") setInsertion({ name: fn.name, state: "done", text: messages.insertedIn(result.cell) });
      else setInsertion({ name: fn.name, state: "asking", text: messages.holdsFormula(result.cell, result.formula), fn, cell: result.cell, native });
    } catch (error) {
      setInsertion({ name: fn.name, state: "failed", text: messages.insertFailed(reasonOf(error) || messages.unknownError) });
    } finally {
      busy.current = false;
    }
  }

  async function answer(replace: boolean): Promise<void> {
    if (insertion?.state !== "asking") return;
    if (replace) return write(insertion.fn, insertion.cell, insertion.native);
    setInsertion({ name: insertion.name, state: "done", text: messages.keptFormula(insertion.cell) });
  }

  return { insertion, insert: (fn, native = false) => write(fn, null, native), answer };
}
