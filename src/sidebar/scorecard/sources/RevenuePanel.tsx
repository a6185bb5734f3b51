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
import { CURRENCIES } from "../../../import/currencies";
import type { JoinBy } from "../../../join/join";
import type { JoinPreview, RevenueSpec, RevenueSummary, SourcesRequest } from "../../../sources/sidebarRequest";
import { reasonOf } from "../../serverCall";
import { server } from "../../server";
import { csvChunks } from "./csvChunks";
import { JoinMatches } from "./JoinMatches";

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
      const chunks = csvChunks(file.name, new Uint8Array(await file.arrayBuffer()), requestMessages(language).noDataRows);
      let sheetName: string | null = null;
      for (const chunk of chunks) sheetName = await server.importCsvRows({ ...chunk, sheetName });
      return server.readRevenueTable({ sheetName: sheetName!, rangeA1: null, by: "channel", matches: {}, currency: null });
    });
  }

  const change = (spec: RevenueSpec) => table && onTable({ ...table, spec });

  return (
    <section class="revenue" aria-label={texts.revenueHeading}>
      <h2>{texts.revenueHeading}</h2>
      <p class="hint">{texts.revenueIntro}</p>
      <div class="actions">
        <button type="button" class="secondary" disabled={busy} onClick={() => void choose(() => server.readRevenueTable("selection"))}>
          {texts.useSelectionRevenue}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => void choose(() => server.readRevenueTable("sheet"))}>
          {texts.useSheetRevenue}
        </button>
      </div>
      <label for="revenue-file">{texts.revenueFileLabel}</label>
      <input
        id="revenue-file"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = "";
          if (file) void importFile(file);
        }}
      />
      {status && (
        <p role="status" class={status.failed ? "status failed" : "status summary"}>
          {status.text}
        </p>
      )}
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
            <>
              <label for="revenue-currency">{texts.currencyLabel}</label>
              <select id="revenue-currency" value={table.spec.currency ?? ""} onChange={(event) => change({ ...table.spec, currency: event.currentTarget.value || null })}>
                <option value="">{texts.currencyPlaceholder}</option>
                {Object.keys(CURRENCIES).map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </>
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
