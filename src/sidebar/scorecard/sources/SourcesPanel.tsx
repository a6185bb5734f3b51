/**
 * Several sources, one export per network: added from the selection, the active sheet or a CSV
 * file, each read by the add-on on its own, then one scorecard built over them all. The sources of
 * the last build come back when the sidebar opens, so that a rebuild is one click.
 */
import { useEffect, useState } from "preact/hooks";
import type { Language, Messages } from "../../../i18n";
import { requestMessages } from "../../../i18n/requestMessages";
import { sourcesTexts } from "../../../i18n/sourcesTexts";
import type { ColumnMapping } from "../../../import/fields";
import { NUMERIC_FIELDS } from "../../../import/fields";
import type { RevenueSummary, SourceSpec, SourceSummary } from "../../../sources/sidebarRequest";
import type { ScorecardOptions } from "../../../scorecard/request";
import { reasonOf } from "../../serverCall";
import { server } from "../../server";
import { BuildPanel } from "../BuildPanel";
import { applicableAmounts, readAmounts, type OptionChoices } from "../options";
import { OptionsForm } from "../OptionsForm";
import { ProblemSummary } from "../ProblemSummary";
import { useServerTask } from "../useServerTask";
import { importCsvFile } from "./importCsvFile";
import { currenciesOf, currencyOf, needsCurrency, readRates, sourcesProblems } from "./sourceChecks";
import { RevenuePanel } from "./RevenuePanel";
import { SourcesBreakdown } from "./SourcesBreakdown";
import { kindsOffered, kindsSuggested, type BreakdownKind } from "../../../sources/breakdownChoice";
import { currencySaid } from "../../../sources/sourceCurrency";
import { SourceCard } from "./SourceCard";
import { fieldsOfSource, partialFields } from "../../../sources/partialFields";
import { fieldLabel } from "../fieldLabels";
import { TableChoice } from "./TableChoice";

const PROBLEMS_ID = "sources-problems";
/** A preview of the join builds nothing: the scorecard's options do not change it. */
const PREVIEW_OPTIONS: ScorecardOptions = { targetRoi: null, chart: false, linkToSource: false };

interface SourcesPanelProps {
  messages: Messages;
  language: Language;
  choices: OptionChoices;
  onChoices(choices: OptionChoices): void;
  /** Tells the scorecard view whether sources replace its one table. */
  onActive(active: boolean): void;
}

/** The fields every source has: the combined table's, which the options apply to. */
function sharedMapping(summaries: readonly SourceSummary[]): ColumnMapping {
  const shared = NUMERIC_FIELDS.filter((field) => summaries.every((summary) => summary.mapping[field] !== undefined));
  return Object.fromEntries([["channel", 0], ...shared.map((field, i) => [field, i + 1])]);
}

export function SourcesPanel({ messages, language, choices, onChoices, onActive }: SourcesPanelProps) {
  const texts = sourcesTexts(language);
  const [summaries, setSummaries] = useState<SourceSummary[]>([]);
  const [revenue, setRevenue] = useState<RevenueSummary | null>(null);
  /** The kinds to break down by; null until the user chooses: the kinds every source has. */
  const [breakdownBy, setBreakdownBy] = useState<BreakdownKind[] | null>(null);
  const [rateTexts, setRateTexts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const building = useServerTask(server.buildFromSources, messages.unknownError);
  const opening = useServerTask(server.openScorecard, messages.unknownError);

  /** A change of the sources: the last build's result no longer describes them. */
  function show(change: (current: SourceSummary[]) => SourceSummary[]) {
    setSummaries(change);
    building.reset();
  }

  useEffect(() => onActive(summaries.length > 0), [summaries.length > 0]);

  useEffect(() => {
    server
      .savedSources()
      .then((saved) => {
        if (!saved) return;
        show(() => saved.sources);
        setRevenue(saved.revenue);
        setBreakdownBy(saved.breakdownBy);
        setRateTexts(Object.fromEntries(Object.entries(saved.rates).map(([currency, rate]) => [currency, String(rate)])));
        onChoices({ ...choices, linkToSource: true });
      })
      .catch((error) => setStatus({ text: messages.savedSourcesFailed(reasonOf(error) || messages.unknownError), failed: true }));
  }, []);

  /** One server task at a time: each adds or replaces a source. */
  async function run(task: (progress: (text: string) => void) => Promise<SourceSummary>, at: number | null) {
    if (busy) return;
    setBusy(true);
    setStatus({ text: messages.readingSource, failed: false });
    try {
      const summary = await task((text) => setStatus({ text, failed: false }));
      if (at === null && summaries.length === 0) onChoices({ ...choices, linkToSource: true });
      show((current) => (at === null ? [...current, summary] : current.map((source, i) => (i === at ? summary : source))));
      setStatus(null);
    } catch (error) {
      setStatus({ text: messages.sourceFailed(reasonOf(error) || messages.unknownError), failed: true });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(file: File) {
    await run(async (progress) => {
      const sheetName = await importCsvFile(file, requestMessages(language).noDataRows, (firstRow, totalRows) => progress(messages.importingFile(file.name, firstRow, totalRows)));
      return server.readSource({ sheetName, rangeA1: null, columns: null, network: null, keepChannel: null });
    }, null);
  }

  const revenueCurrency = revenue && (revenue.spec.currency || currencySaid(revenue.currency));
  const currencies = [...new Set([...currenciesOf(summaries), ...(revenueCurrency ? [revenueCurrency] : [])])];
  const rates = readRates(rateTexts, currencies);
  const given = Object.fromEntries(Object.entries(rates).filter((entry): entry is [string, number] => entry[1] !== null));
  const mapping = sharedMapping(summaries);
  // Said before the build, as the build's notes say it: a figure blank for some networks is no zero.
  const partialNotes = partialFields(summaries.map((summary) => fieldsOfSource(summary.mapping, revenue?.fields ?? []))).map(({ field, having }) =>
    texts.partial(fieldLabel(messages, field).toLowerCase(), having.map((i) => summaries[i].name)),
  );
  const applicable = applicableAmounts(mapping, choices);
  const { amounts, problems: amountProblems } = readAmounts(choices, applicable, messages);
  const problems = [...sourcesProblems(summaries, rates, messages, language), ...amountProblems];
  // A joined table links through its match sheet; where formulas could not give its figures, the build holds values and its notes say why.
  const canLink = summaries.length > 0 && summaries.every((summary) => summary.linkable);
  const ready = summaries.length > 0 && problems.length === 0 && !busy;

  const specs = summaries.map((summary) => summary.spec);
  const offered = kindsOffered(summaries.map(({ name, headers, mapping, keepChannel }) => ({ name, headers, mapping, keepChannel })));
  // A kind chosen that no source has any more (its source removed) is dropped.
  const chosenKinds = (breakdownBy ?? kindsSuggested(offered, summaries.length)).filter((kind) => offered.some((entry) => entry.kind === kind));
  const joinRequest = revenue && summaries.length > 0 ? { sources: specs, rates: given, revenue: revenue.spec, options: PREVIEW_OPTIONS } : null;

  function build() {
    if (!ready) return;
    opening.reset();
    void building.run({ sources: specs, rates: given, revenue: revenue?.spec ?? null, breakdownBy: chosenKinds, options: { ...amounts, chart: choices.chart, linkToSource: choices.linkToSource && canLink, byPeriod: choices.byPeriod || null } });
  }

  function chooseRevenue(table: RevenueSummary | null) {
    setRevenue(table);
    building.reset();
  }

  return (
    <section class="sources" aria-label={messages.sourcesHeading}>
      <h2>{messages.sourcesHeading}</h2>
      <p class="hint">{messages.sourcesIntro}</p>
      <TableChoice
        id="csv-file"
        labels={{ selection: messages.addSelectionSource, sheet: messages.addSheetSource, file: messages.csvFileLabel }}
        busy={busy}
        status={status}
        onRead={(where) => void run(() => server.readSource(where), null)}
        onFile={(file) => void importFile(file)}
      />
      {summaries.map((summary, i) => (
        <SourceCard
          key={`${summary.name}-${i}`}
          summary={summary}
          index={i}
          needsCurrency={needsCurrency(summary, summaries)}
          messages={messages}
          texts={texts}
          onReread={(spec: SourceSpec) => void run(() => server.readSource(spec), i)}
          onChange={(spec: SourceSpec) => show((current) => current.map((source, j) => (j === i ? { ...source, spec } : source)))}
          onRemove={() => show((current) => current.filter((_, j) => j !== i))}
        />
      ))}
      {partialNotes.length > 0 && (
        <ul class="hint partial-fields">
          {partialNotes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      {currencies.length > 1 && (
        <>
          <h2>{messages.ratesHeading}</h2>
          <p class="hint">{messages.ratesIntro(texts.list(currencies))}</p>
          {currencies.map((currency) => (
            <div key={currency}>
              <label for={`rate-${currency}`}>{messages.rateLabel(currency)}</label>
              <input
                id={`rate-${currency}`}
                class="short"
                inputMode="decimal"
                value={rateTexts[currency] ?? ""}
                onInput={(event) => setRateTexts({ ...rateTexts, [currency]: event.currentTarget.value })}
              />
            </div>
          ))}
        </>
      )}
      {summaries.length > 0 && (
        <RevenuePanel
          language={language}
          unknownError={messages.unknownError}
          table={revenue}
          request={joinRequest}
          needsCurrency={revenue !== null && revenue.currency.kind === "none" && (Boolean(revenue.spec.currency) || summaries.some((summary) => currencyOf(summary) !== null))}
          onTable={chooseRevenue}
        />
      )}
      {summaries.length > 0 && (
        <>
          <SourcesBreakdown
            offered={offered}
            chosen={chosenKinds}
            sourceCount={summaries.length}
            messages={messages}
            texts={texts}
            onChange={(kinds) => {
              setBreakdownBy(kinds);
              building.reset();
            }}
          />
          <OptionsForm choices={choices} applicable={applicable} amounts={amounts} fromSelection canLink={canLink} edited={false} messages={messages} onChange={onChoices} />
          <ProblemSummary id={PROBLEMS_ID} check={{ problems, filledRows: summaries.length }} messages={messages} />
          <BuildPanel
            ready={ready}
            describedBy={PROBLEMS_ID}
            building={building.task}
            opening={opening.task}
            messages={messages}
            onBuild={build}
            onOpen={(sheetName) => void opening.run(sheetName)}
          />
          {building.task.state === "done" && (
            <ul class="hint">
              {building.task.value.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
