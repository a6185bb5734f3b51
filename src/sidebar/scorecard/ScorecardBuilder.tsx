/** The "Build channel scorecard" view: rows from the selection or typed, checked, then built. */
import { useState } from "preact/hooks";
import type { Messages } from "../../i18n";
import type { ScorecardResult, SelectionData } from "../../scorecard/request";
import { serverCall, reasonOf } from "../serverCall";
import { DataEditor } from "./DataEditor";
import { fieldLabel } from "./fieldLabels";
import { parseTargetRoi } from "../../scorecard/targetRoi";
import { firstRowNumber, problemsOf, scorecardRequest } from "./request";
import { tableFromSelection, typedTable, type DataTable } from "./table";

type Outcome = { state: "idle" } | { state: "busy"; text: string } | { state: "done"; result: ScorecardResult } | { state: "failed"; text: string };

export function ScorecardBuilder({ messages }: { messages: Messages }) {
  const [table, setTable] = useState<DataTable>(() => typedTable((field) => fieldLabel(messages, field)));
  const [targetRoi, setTargetRoi] = useState("0%");
  const [chart, setChart] = useState(true);
  const [link, setLink] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });

  const { missing, rowMessages } = problemsOf(table);
  const target = parseTargetRoi(targetRoi);
  const problems = [
    ...(missing.length > 0 ? [messages.missingColumns(missing.map((field) => fieldLabel(messages, field)).join(", "))] : []),
    ...rowMessages,
    ...(table.rows.length === 0 ? [messages.noRows] : []),
    ...(target === null ? [messages.targetRoiInvalid] : []),
  ];
  const busy = outcome.state === "busy";

  async function run<T>(text: string, call: () => Promise<T>, then: (value: T) => void): Promise<void> {
    setOutcome({ state: "busy", text });
    try {
      then(await call());
    } catch (error) {
      setOutcome({ state: "failed", text: messages.buildFailed(reasonOf(error) || messages.unknownError) });
    }
  }

  const useSelection = () =>
    run(messages.readingSelection, () => serverCall<SelectionData>("readSelection"), (selection) => {
      setTable(tableFromSelection(selection));
      setLink(true);
      setOutcome({ state: "idle" });
    });

  const build = () =>
    run(messages.building, () => serverCall<ScorecardResult>("buildScorecard", scorecardRequest(table, { targetRoi: target ?? 0, chart, linkToSource: link })), (result) =>
      setOutcome({ state: "done", result }),
    );

  return (
    <main>
      <p class="intro">{messages.scorecardIntro}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void useSelection()}>
          {messages.useSelection}
        </button>
        {table.source && (
          <button type="button" class="secondary" disabled={busy} onClick={() => setTable(typedTable((field) => fieldLabel(messages, field)))}>
            {messages.typeRowsInstead}
          </button>
        )}
      </div>
      {table.source && <p class="summary">{messages.readFrom(`'${table.source.sheetName}'!${table.source.rangeA1}`)}</p>}

      <DataEditor table={table} firstRow={firstRowNumber(table)} messages={messages} onChange={setTable} />

      <h2>{messages.optionsHeading}</h2>
      <label for="target-roi">{messages.targetRoiLabel}</label>
      <input id="target-roi" class="short" value={targetRoi} onInput={(event) => setTargetRoi(event.currentTarget.value)} />
      <label class="check">
        <input type="checkbox" checked={chart} onChange={(event) => setChart(event.currentTarget.checked)} />
        {messages.chartOption}
      </label>
      <label class="check">
        <input type="checkbox" checked={link && table.source !== null} disabled={table.source === null} onChange={(event) => setLink(event.currentTarget.checked)} />
        {messages.linkOption}
      </label>
      {link && table.source && table.edited && <p class="hint">{messages.editedWhileLinked}</p>}

      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{messages.problemCount(problems.length)}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="actions">
        <button type="button" class="primary" disabled={busy || problems.length > 0} aria-busy={busy} onClick={() => void build()}>
          {messages.build}
        </button>
      </div>
      <div aria-live="polite">
        {outcome.state === "busy" && <p class="summary">{outcome.text}</p>}
        {outcome.state === "failed" && <p class="error">{outcome.text}</p>}
        {outcome.state === "done" && (
          <>
            <p class="status done">{messages.built(outcome.result.summary)}</p>
            <button type="button" class="secondary" onClick={() => void serverCall("openScorecard", outcome.result.sheetName)}>
              {messages.openScorecard}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
