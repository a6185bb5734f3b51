/**
 * The revenue table joined to several sources: chosen from the selection, the active sheet or a CSV
 * file (a sheet of its own), joined by channel or campaign, its currency given when it says none,
 * and the join previewed (JoinMatches). The add-on makes the join (src/join, as the command line's
 * --revenue); the sidebar gets the values, never the rows.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Language } from "../../../i18n";
import { joinTexts } from "../../../i18n/joinTexts";
import { requestMessages } from "../../../i18n/requestMessages";
import { revenueSidebarTexts } from "../../../i18n/revenueSidebar";
import type { JoinBy } from "../../../join/join";
import type { JoinPreview, RevenueSpec, RevenueSummary, SourcesRequest } from "../../../sources/sidebarRequest";
import { reasonOf } from "../../serverCall";
import { server } from "../../server";
import { CurrencySelect } from "./CurrencySelect";
import { importCsvFile } from "./importCsvFile";
import { JoinMatches } from "./JoinMatches";
import { TableChoice } from "./TableChoice";

interface RevenuePanelProps {
  language: Language;
  unknownError: string;
  table: RevenueSummary | null;
  /** The join as the build would make it (sources, rates, table); null while the table or the sources are missing. */
  request: SourcesRequest | null;
  /** True when the table says no currency and the sources say one: it must be given. */
  needsCurrency: boolean;
  onTable(table: RevenueSummary | null): void;
}

export function RevenuePanel({ language, unknownError, table, request, needsCurrency, onTable }: RevenuePanelProps) {
  const texts = revenueSidebarTexts(language);
  const words = joinTexts(language);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ value: JoinPreview | null; failed: string | null } | null>(null);
  // Only the answer to the latest request is shown: an earlier one may come back after it.
  const asked = useRef(0);
  const key = request ? JSON.stringify(request) : "";

  useEffect(() => {
    if (!request) return void setPreview(null);
    const ask = ++asked.current;
    setPreview(null);
    server
      .previewJoin(request)
      .then((value) => ask === asked.current && setPreview({ value, failed: null }))
      .catch((error) => ask === asked.current && setPreview({ value: null, failed: reasonOf(error) || unknownError }));
  }, [key]);

  async function choose(read: () => Promise<RevenueSummary>) {
    if (busy) return;
    setBusy(true);
    setStatus({ text: texts.readingRevenue, failed: false });
    try {
      onTable(await read());
      setStatus(null);
    } catch (error) {
      setStatus({ text: texts.revenueFailed(reasonOf(error) || unknownError), failed: true });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(file: File) {
    await choose(async () => {
      const sheetName = await importCsvFile(file, requestMessages(language).noDataRows);
      return server.readRevenueTable({ sheetName, rangeA1: null, by: "channel", matches: {}, currency: null });
    });
  }

  const change = (spec: RevenueSpec) => table && onTable({ ...table, spec });

  return (
    <section class="revenue" aria-label={texts.revenueHeading}>
      <h2>{texts.revenueHeading}</h2>
      <p class="hint">{texts.revenueIntro}</p>
      <TableChoice
        id="revenue-file"
        labels={{ selection: texts.useSelectionRevenue, sheet: texts.useSheetRevenue, file: texts.revenueFileLabel }}
        busy={busy}
        status={status}
        onRead={(where) => void choose(() => server.readRevenueTable(where))}
        onFile={(file) => void importFile(file)}
      />
      {table && (
        <section class="revenue-table" aria-label={table.name}>
          <h3>{table.name}</h3>
          <p class="hint">
            {texts.revenueReads(
              table.name,
              words.list([...table.originColumns, ...(table.campaignColumn ? [table.campaignColumn] : [])].map((column) => `“${column}”`)),
              words.list(table.fields.map((field) => words.fields[field])),
            )}
          </p>
          <label for="revenue-by">{texts.joinByLabel}</label>
          <select id="revenue-by" value={table.spec.by} onChange={(event) => change({ ...table.spec, by: event.currentTarget.value as JoinBy, matches: {} })}>
            <option value="channel" disabled={table.originColumns.length === 0}>
              {texts.joinByChannel}
            </option>
            <option value="campaign" disabled={table.campaignColumn === null}>
              {texts.joinByCampaign}
            </option>
          </select>
          <p class="hint">{table.spec.by === "channel" ? texts.joinByChannelHint : texts.joinByCampaignHint}</p>
          {needsCurrency && (
            <CurrencySelect
              id="revenue-currency"
              label={texts.currencyLabel}
              placeholder={texts.currencyPlaceholder}
              value={table.spec.currency ?? null}
              onChange={(currency) => change({ ...table.spec, currency })}
            />
          )}
          {preview === null && request && <p class="hint">{texts.previewing}</p>}
          {preview?.failed && (
            <p role="alert" class="status failed">
              {texts.previewFailed(preview.failed)}
            </p>
          )}
          {preview?.value && <JoinMatches language={language} preview={preview.value} spec={table.spec} onMatches={(matches) => change({ ...table.spec, matches })} />}
          <button type="button" class="secondary" onClick={() => onTable(null)}>
            {texts.removeRevenue}
          </button>
        </section>
      )}
    </section>
  );
}
