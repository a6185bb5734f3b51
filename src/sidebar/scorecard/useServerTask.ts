/** A server call the scorecard view waits for, one at a time, and how the last one went. */
import { useRef, useState } from "preact/hooks";
import { reasonOf } from "../serverCall";

export type Task<T> = { state: "idle" } | { state: "running" } | { state: "done"; value: T } | { state: "failed"; reason: string };

export interface ServerTask<A extends unknown[], T> {
  task: Task<T>;
  /** Resolves to the call's result, or to undefined when it failed (task then holds the reason) or another call was running. */
  run(...args: A): Promise<T | undefined>;
  reset(): void;
}

export function useServerTask<A extends unknown[], T>(call: (...args: A) => Promise<T>, unknownError: string): ServerTask<A, T> {
  const [task, setTask] = useState<Task<T>>({ state: "idle" });
  // A ref, not state: a second click before the re-render must see the first call running.
  const busy = useRef(false);

  async function run(...args: A): Promise<T | undefined> {
    if (busy.current) return undefined;
    busy.current = true;
    setTask({ state: "running" });
    try {
      const value = await call(...args);
      setTask({ state: "done", value });
      return value;
    } catch (error) {
      setTask({ state: "failed", reason: reasonOf(error) || unknownError });
      return undefined;
    } finally {
      busy.current = false;
    }
  }

  return { task, run, reset: () => setTask({ state: "idle" }) };
}
