/** The "Build channel scorecard" view: rows from the selection or typed, checked as they change, then built. */
import { useState } from "preact/hooks";
import type { Language, Messages } from "../../i18n";
import { requestMessages } from "../../i18n/requestMessages";
import { server } from "../server";
import { BestTimePanel } from "./BestTimePanel";
import { BreakdownPicker } from "./BreakdownPicker";
import { BuildPanel } from "./BuildPanel";
import { cannotLink, checkTable } from "./checks";
import { fieldLabel } from "./fieldLabels";
import { ImportReport } from "./ImportReport";
import { MappingEditor } from "./MappingEditor";
import { applicableAmounts, readAmounts, type OptionChoices } from "./options";
import { OptionsForm } from "./OptionsForm";
import { ProblemSummary } from "./ProblemSummary";
import { canLinkToSource, scorecardRequest } from "./request";
import { RowsEditor } from "./RowsEditor";
import { SourcePicker } from "./SourcePicker";
import { SourcesPanel } from "./sources/SourcesPanel";
import { tableFromSelection, typedTable, type DataTable } from "./table";
import { useServerTask } from "./useServerTask";

const PROBLEMS_ID = "build-problems";

export function ScorecardBuilder({ messages, language }: { messages: Messages; language: Language }) {
  const typedRows = () => typedTable((field) => fieldLabel(messages, field));
  const [table, setTable] = useState<DataTable>(typedRows);
  const [choices, setChoices] = useState<OptionChoices>({
    targetRoi: "", margin: "", valuePerConversion: "", hourlyRate: "", targetCpa: "", chart: true, linkToSource: false, byPeriod: "",
  });
  // Sources added replace the one table: the view then shows them instead.
  const [severalSources, setSeveralSources] = useState(false);
  const reading = useServerTask(server.readSelection, messages.unknownError);
  const building = useServerTask(server.buildScorecard, messages.unknownError);
  const opening = useServerTask(server.openScorecard, messages.unknownError);

  const applicable = applicableAmounts(table.mapping, choices);
  const { amounts, problems: amountProblems } = readAmounts(choices, applicable, messages);
  const tableCheck = checkTable(table, messages, requestMessages(language));
  const check = { ...tableCheck, problems: [...tableCheck.problems, ...amountProblems] };
  const ready = check.problems.length === 0 && check.filledRows > 0;

  async function readSelectedRows() {
    const selection = await reading.run();
    if (!selection) return;
    setTable(tableFromSelection(selection));
    setChoices((current) => ({ ...current, linkToSource: true }));
    building.reset();
  }

  /** An edit of the rows or the mapping; a failed reading of the selection no longer applies. */
  function edit(next: DataTable) {
    setTable(next);
    if (reading.task.state === "failed") reading.reset();
  }

  function typeRows() {
    edit(typedRows());
    setChoices((current) => ({ ...current, linkToSource: false }));
    building.reset();
  }

  function build() {
    if (!ready) return;
    opening.reset();
    void building.run(scorecardRequest(table, { ...amounts, chart: choices.chart, linkToSource: choices.linkToSource && !cannotLink(check), byPeriod: choices.byPeriod || null }, check.marks));
  }

  return (
    <main>
      <p class="intro">{messages.scorecardIntro}</p>
      <SourcePicker reading={reading.task} fromSelection={table.source !== null} messages={messages} onUseSelection={() => void readSelectedRows()} onTypeRows={typeRows} />
      {!severalSources && (
        <>
          <MappingEditor table={table} messages={messages} onChange={edit} />
          <BreakdownPicker table={table} messages={messages} onChange={edit} />
          <ImportReport table={table} check={check} messages={messages} />
          <RowsEditor table={table} messages={messages} onChange={edit} />
          <OptionsForm
            choices={choices}
            applicable={applicable}
            amounts={amounts}
            fromSelection={table.source !== null}
            canLink={canLinkToSource(table) && !cannotLink(check)}
            edited={table.edited}
            messages={messages}
            onChange={setChoices}
          />
          <ProblemSummary id={PROBLEMS_ID} check={check} messages={messages} />
          <BuildPanel
            ready={ready}
            describedBy={PROBLEMS_ID}
            building={building.task}
            opening={opening.task}
            messages={messages}
            onBuild={build}
            onOpen={(sheetName) => void opening.run(sheetName)}
          />
        </>
      )}
      {!severalSources && <BestTimePanel table={table} marks={check.marks} language={language} unknownError={messages.unknownError} />}
      <SourcesPanel messages={messages} language={language} choices={choices} onChoices={setChoices} onActive={setSeveralSources} />
    </main>
  );
}
