/**
 * Shown when the rows read from the selection carry each post's time of day: builds the best time
 * to post sheet from the same rows, whether or not they have what a scorecard needs (a per-post
 * export has no spend).
 */
import { useMemo } from "preact/hooks";
import type { Language } from "../../i18n";
import { bestTimeSidebarTexts } from "../../i18n/bestTimeSidebar";
import type { DecimalMark } from "../../import/numbers";
import { findPostTimeColumn } from "../../import/postTimes";
import { server } from "../server";
import type { DataTable } from "./table";
import { useServerTask } from "./useServerTask";

interface BestTimePanelProps {
  table: DataTable;
  /** Each column's decimal mark, as the checks read the rows. */
  marks: (DecimalMark | null)[];
  language: Language;
  unknownError: string;
}

export function BestTimePanel({ table, marks, language, unknownError }: BestTimePanelProps) {
  const building = useServerTask(server.buildBestTime, unknownError);
  const opening = useServerTask(server.openScorecard, unknownError);
  const { rows, report } = table;
  // Found again only when the rows change: a long export's every cell is looked at.
  const times = useMemo(() => (report === null ? null : findPostTimeColumn(rows, report.dates)), [rows, report]);
  if (table.source === null || times === null || times.kind === "none") return null;
  const texts = bestTimeSidebarTexts(language);
  // The column named when there is one; the build says why when the column cannot be read.
  const column = "column" in times ? table.headers[times.column] : table.headers[times.kind === "several" ? times.columns[0] : 0];
  const running = building.task.state === "running";
  const built = building.task.state === "done" ? building.task.value : null;
  const build = () => {
    opening.reset();
    void building.run({ headers: table.headers, rows: table.rows, mapping: table.mapping, decimalMarks: marks, source: table.source });
  };
  return (
    <section aria-labelledby="best-time-heading">
      <h2 id="best-time-heading">{texts.heading}</h2>
      <p class="intro">{texts.intro(column)}</p>
      <div class="actions">
        <button type="button" class="secondary" disabled={running} aria-busy={running} onClick={build}>
          {texts.build}
        </button>
      </div>
      <div aria-live="polite">
        {running && <p class="summary">{texts.building}</p>}
        {building.task.state === "failed" && <p class="error">{texts.failed(building.task.reason)}</p>}
        {built && (
          <>
            <p class="status done">{texts.built(built.summary)}</p>
            <button type="button" class="secondary" disabled={opening.task.state === "running"} onClick={() => void opening.run(built.sheetName)}>
              {texts.open}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
