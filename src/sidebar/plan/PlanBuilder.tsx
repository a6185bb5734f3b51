/** The "Plan a budget" view: the goal, where the rates come from, the split, then Build. */
import { useState } from "preact/hooks";
import type { Language, Messages } from "../../i18n";
import { planSidebarTexts } from "../../i18n/planSidebar";
import type { GoalKind, RateSource, SplitKind } from "../../planner/request";
import { MappingEditor } from "../scorecard/MappingEditor";
import { SourcePicker } from "../scorecard/SourcePicker";
import { tableFromSelection, type DataTable } from "../scorecard/table";
import { useServerTask } from "../scorecard/useServerTask";
import { server } from "../server";
import { hasDates, initialForm, planRequest, splitsFor, type PlanForm } from "./planForm";
import { TypedRates } from "./TypedRates";

const RATE_SOURCES: RateSource[] = ["scorecard", "data", "typed"];
const GOAL_KINDS: GoalKind[] = ["sales", "leads", "revenue"];
const WINDOW_CHOICES: PlanForm["lastUnit"][] = ["", "day", "week", "month", "quarter"];

export function PlanBuilder({ messages, language }: { messages: Messages; language: Language }) {
  const texts = planSidebarTexts(language);
  const [form, setForm] = useState<PlanForm>(initialForm);
  const [table, setTable] = useState<DataTable | null>(null);
  const reading = useServerTask(server.readSelection, messages.unknownError);
  const building = useServerTask(server.buildBudgetPlan, messages.unknownError);
  const opening = useServerTask(server.openScorecard, messages.unknownError);
  const change = (next: Partial<PlanForm>) => setForm((current) => ({ ...current, ...next }));
  const splits = splitsFor(form.rates);
  const split = splits.includes(form.split) ? form.split : splits[0];
  const { request, problems } = planRequest({ ...form, split }, table, texts);
  const ready = request !== null && (form.rates !== "data" || table !== null);

  async function useSelection() {
    const selection = await reading.run();
    if (selection) setTable(tableFromSelection(selection));
  }

  function build() {
    if (!request || !ready) return;
    opening.reset();
    void building.run(request);
  }

  const text = (id: string, label: string, value: string, key: keyof PlanForm, invalid = false) => (
    <>
      <label for={id}>{label}</label>
      <input id={id} class="short" value={value} aria-invalid={invalid} onInput={(event) => change({ [key]: event.currentTarget.value })} />
    </>
  );
  const running = building.task.state === "running";
  return (
    <main>
      <p class="intro">{texts.intro}</p>
      <h2>{texts.goalHeading}</h2>
      <label for="goal-kind">{texts.goalKind}</label>
      <select id="goal-kind" value={form.goalKind} onChange={(event) => change({ goalKind: event.currentTarget.value as GoalKind })}>
        {GOAL_KINDS.map((kind) => <option key={kind} value={kind}>{texts.goalKinds[kind]}</option>)}
      </select>
      {text("goal", texts.goalValue, form.goal, "goal", problems.includes(texts.goalInvalid))}
      {text("value-per-sale", texts.valuePerSale, form.valuePerSale, "valuePerSale", problems.includes(texts.valuePerSaleInvalid))}
      {text("period", texts.period, form.period, "period")}

      <h2>{texts.ratesHeading}</h2>
      {RATE_SOURCES.map((source) => (
        <label class="check" key={source}>
          <input type="radio" name="rates" checked={form.rates === source} onChange={() => change({ rates: source })} />
          {texts.rateSources[source]}
        </label>
      ))}
      {form.rates === "data" && (
        <>
          <SourcePicker reading={reading.task} fromSelection={table !== null} messages={messages} onUseSelection={() => void useSelection()} onTypeRows={() => change({ rates: "typed" })} />
          {table && <MappingEditor table={table} messages={messages} onChange={setTable} />}
          {hasDates(table) && (
            <>
              <label for="rates-window">{texts.windowLabel}</label>
              <select id="rates-window" value={form.lastUnit} onChange={(event) => change({ lastUnit: event.currentTarget.value as PlanForm["lastUnit"] })}>
                {WINDOW_CHOICES.map((unit) => <option key={unit} value={unit}>{texts.windowUnits[unit]}</option>)}
              </select>
              {form.lastUnit !== "" && text("last-count", texts.lastCount, form.lastCount, "lastCount", problems.includes(texts.lastInvalid))}
            </>
          )}
        </>
      )}
      {form.rates === "typed" && <TypedRates rows={form.typed} withShares={split === "typed"} texts={texts} onChange={(typed) => change({ typed })} />}

      <h2>{texts.splitHeading}</h2>
      {splits.map((kind: SplitKind) => (
        <label class="check" key={kind}>
          <input type="radio" name="split" checked={split === kind} onChange={() => change({ split: kind })} />
          {texts.splits[kind]}
        </label>
      ))}
      {split === "optimized" && text("cap", texts.cap, form.cap, "cap", problems.includes(texts.capInvalid))}

      {problems.length > 0 && (
        <div class="problems" id="plan-problems">
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={!ready || running} aria-busy={running} aria-describedby="plan-problems" onClick={build}>
          {texts.build}
        </button>
      </div>
      <div aria-live="polite">
        {running && <p class="summary">{texts.building}</p>}
        {building.task.state === "failed" && <p class="error">{texts.buildFailed(building.task.reason)}</p>}
        {building.task.state === "done" && (
          <>
            <p class="status done">{texts.built(building.task.value.summary)}</p>
            <button type="button" class="secondary" onClick={() => building.task.state === "done" && void opening.run(building.task.value.sheetName)}>
              {texts.openPlan}
            </button>
            {opening.task.state === "failed" && <p class="error">{texts.openFailed(opening.task.reason)}</p>}
          </>
        )}
      </div>
    </main>
  );
}
