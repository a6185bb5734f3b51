/** The "Make portable" view: choose where, preview what changes, rewrite, or restore our functions. */
import { useState } from "preact/hooks";
import type { PortableReport, PortableScope } from "../../portable/report";
import type { Language } from "../../i18n";
import { portableSidebarTexts, type PortableSidebarTexts } from "../../i18n/portableSidebar";
import { server } from "../server";
import { reasonOf } from "../serverCall";

type Outcome = { kind: "preview" | "rewrote" | "restored"; report: PortableReport };
type Task = { state: "idle" } | { state: "running"; text: string } | { state: "done"; outcome: Outcome } | { state: "failed"; reason: string };

const SCOPES: PortableScope[] = ["selection", "sheet", "spreadsheet"];

function ReportTables({ outcome, texts }: { outcome: Outcome; texts: PortableSidebarTexts }) {
  const { changes, left } = outcome.report;
  const heading = { preview: texts.willRewrite, rewrote: texts.rewrote, restored: texts.restored }[outcome.kind](changes.length);
  const none = outcome.kind === "restored" ? texts.nothingToRestore : texts.nothingToRewrite;
  return (
    <>
      {changes.length === 0 ? (
        <p class="status">{none}</p>
      ) : (
        <>
          <p class="status done">{heading}</p>
          <ul class="changes">
            {changes.map((change) => (
              <li key={`${change.sheet}!${change.cell}`}>
                <strong class="where">{change.sheet}!{change.cell}</strong>
                <span class="label">{texts.before}</span>
                <code class="before">{change.before}</code>
                <span class="label">{texts.after}</span>
                <code class="twin">{change.after}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {left.length > 0 && (
        <div class="problems">
          <p>{texts.cannotRewrite(left.length)}</p>
          <ul>
            {left.map((cell) => (
              <li key={`${cell.sheet}!${cell.cell}`}>
                {cell.sheet}!{cell.cell} <code>{cell.formula}</code>: {cell.problem}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function MakePortable({ language }: { language: Language }) {
  const texts = portableSidebarTexts(language);
  const [scope, setScope] = useState<PortableScope>("sheet");
  const [task, setTask] = useState<Task>({ state: "idle" });

  const run = (kind: Outcome["kind"], text: string, call: (scope: PortableScope) => Promise<PortableReport>) => {
    setTask({ state: "running", text });
    call(scope).then(
      (report) => setTask({ state: "done", outcome: { kind, report } }),
      (error: unknown) => setTask({ state: "failed", reason: reasonOf(error) }),
    );
  };
  const running = task.state === "running";
  const previewed = task.state === "done" && task.outcome.kind === "preview" && task.outcome.report.changes.length > 0;

  return (
    <main>
      <p class="intro">{texts.intro}</p>
      <fieldset>
        <legend>{texts.scopeHeading}</legend>
        {SCOPES.map((each) => (
          <label class="check" key={each}>
            <input
              type="radio"
              name="scope"
              checked={scope === each}
              onChange={() => {
                setScope(each);
                setTask({ state: "idle" });
              }}
            />{" "}
            {texts.scopes[each]}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" class={previewed ? "secondary" : "primary"} disabled={running} onClick={() => run("preview", texts.previewing, server.previewPortable)}>
          {texts.preview}
        </button>
        {previewed && (
          <button type="button" class="primary" disabled={running} onClick={() => run("rewrote", texts.applying, server.makePortable)}>
            {texts.apply}
          </button>
        )}
        <button type="button" class="secondary" disabled={running} onClick={() => run("restored", texts.restoring, server.restoreFunctions)}>
          {texts.restore}
        </button>
      </div>
      {task.state === "running" && <p role="status">{task.text}</p>}
      {task.state === "failed" && <p role="alert" class="error">{texts.failed(task.reason)}</p>}
      {task.state === "done" && <ReportTables outcome={task.outcome} texts={texts} />}
    </main>
  );
}
