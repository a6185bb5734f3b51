/** One source: what it is, its network (detected, or chosen), its columns, and how it was read. */
import { useState } from "preact/hooks";
import type { Messages } from "../../../i18n";
import { describeColumns, describeImport, describeRows } from "../../../import/describe";
import type { Field } from "../../../import/fields";
import type { SourcesTexts } from "../../../i18n/sourcesTexts";
import { NETWORKS } from "../../../sources/networks";
import type { SourceSpec, SourceSummary } from "../../../sources/sidebarRequest";
import { fieldLabel } from "../fieldLabels";
import { MappingEditor } from "../MappingEditor";
import { CurrencySelect } from "./CurrencySelect";
import type { DataTable } from "../table";

interface SourceCardProps {
  summary: SourceSummary;
  index: number;
  /** True when the source says no currency and must be given one. */
  needsCurrency: boolean;
  messages: Messages;
  texts: SourcesTexts;
  /** A choice that changes how the rows are read (columns, channel kept): the source is read again. */
  onReread(spec: SourceSpec): void;
  /** A choice that does not (its network's name). */
  onChange(spec: SourceSpec): void;
  onRemove(): void;
}

const OTHER = "other";

/** The source's columns as the mapping editor shows them: its rows stay in the sheet. */
const tableOf = (summary: SourceSummary): DataTable => ({
  headers: summary.headers,
  rows: [],
  mapping: summary.mapping,
  breakdown: [],
  source: { sheetName: summary.spec.sheetName, rangeA1: summary.rangeA1, firstRow: summary.firstRow, firstColumn: summary.firstColumn, hasHeader: true },
  convention: null,
  report: summary.report,
  edited: false,
  reshaped: false,
});

function readLines(summary: SourceSummary, messages: Messages, texts: SourcesTexts): string[] {
  const label = (field: Field) => fieldLabel(messages, field);
  const named = summary.spec.network?.trim();
  return [
    named ? texts.named(summary.name, named) : summary.detected ? texts.detected(summary.name, summary.detected.network, summary.detected.headers) : null,
    ...describeImport(summary.report, summary.headers, summary.firstRow, messages, label),
    ...describeColumns(summary.mapping, summary.headers, messages, label),
    ...describeRows(summary.rowsNoted, messages),
    summary.keepChannel ? texts.keptChannel(summary.name) : null,
    summary.linkable ? null : messages.valuesNotLinked,
  ].filter((line): line is string => line !== null);
}

export function SourceCard({ summary, index, needsCurrency, messages, texts, onReread, onChange, onRemove }: SourceCardProps) {
  const { spec } = summary;
  const named = spec.network ?? "";
  const listed = (NETWORKS as readonly string[]).includes(named);
  const [typing, setTyping] = useState(named !== "" && !listed);
  const selected = typing ? OTHER : named !== "" ? named : (summary.detected?.network ?? "");
  const id = `source-${index}`;
  // A network chosen keeps the channel choice as shown: naming it changes no row.
  const withNetwork = (network: string | null) => onChange({ ...spec, network, keepChannel: summary.keepChannel });
  return (
    <section class="source" aria-label={summary.name}>
      <h3>
        {summary.name} <span class="hint">({messages.sourceRead(summary.dataRows)})</span>
      </h3>
      <label for={`${id}-network`}>{messages.networkLabel}</label>
      <select
        id={`${id}-network`}
        value={selected}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setTyping(value === OTHER);
          withNetwork(value === OTHER || value === "" ? null : value);
        }}
      >
        <option value="" disabled>
          {messages.chooseNetwork}
        </option>
        {NETWORKS.map((network) => (
          <option key={network} value={network}>
            {network}
          </option>
        ))}
        <option value={OTHER}>{messages.otherNetwork}</option>
      </select>
      {typing && (
        <>
          <label for={`${id}-other`}>{messages.otherNetworkLabel}</label>
          <input id={`${id}-other`} value={named} onInput={(event) => withNetwork(event.currentTarget.value)} />
        </>
      )}
      {needsCurrency && (
        <CurrencySelect
          id={`${id}-currency`}
          label={messages.currencyLabel}
          placeholder={messages.currencyPlaceholder}
          value={spec.currency ?? null}
          onChange={(currency) => onChange({ ...spec, currency })}
        />
      )}
      {summary.ownChannel && (
        <label class="check">
          <input type="checkbox" checked={summary.keepChannel} onChange={(event) => onReread({ ...spec, keepChannel: event.currentTarget.checked })} />
          {messages.keepChannelLabel}
        </label>
      )}
      <MappingEditor table={tableOf(summary)} messages={messages} idPrefix={`${id}-map`} onChange={(table) => onReread({ ...spec, columns: table.mapping })} />
      <section class="import-report" aria-label={`${messages.importHeading}: ${summary.name}`}>
        <ul>
          {readLines(summary, messages, texts).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
      <button type="button" class="secondary" onClick={onRemove}>
        {messages.removeSource}
      </button>
    </section>
  );
}
