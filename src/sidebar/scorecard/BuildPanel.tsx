/** The Build button, its progress, and the result: the summary and the way to the built sheet. */
import type { Messages } from "../../i18n";
import type { ScorecardResult } from "../../scorecard/request";
import type { Task } from "./useServerTask";

interface BuildPanelProps {
  ready: boolean;
  /** The id of what explains why the build is not ready. */
  describedBy: string;
  building: Task<ScorecardResult>;
  opening: Task<void>;
  messages: Messages;
  onBuild(): void;
  onOpen(sheetName: string): void;
}

export function BuildPanel({ ready, describedBy, building, opening, messages, onBuild, onOpen }: BuildPanelProps) {
  const running = building.state === "running";
  return (
    <>
      <div class="actions">
        <button type="button" class="primary" disabled={!ready || running} aria-busy={running} aria-describedby={describedBy} onClick={onBuild}>
          {messages.build}
        </button>
      </div>
      <div aria-live="polite">
        {running && <p class="summary">{messages.building}</p>}
        {building.state === "failed" && <p class="error">{messages.buildFailed(building.reason)}</p>}
        {building.state === "done" && (
          <>
            <p class="status done">{messages.built(building.value.summary)}</p>
            <button type="button" class="secondary" disabled={opening.state === "running"} onClick={() => onOpen(building.value.sheetName)}>
              {messages.openScorecard}
            </button>
            {opening.state === "failed" && <p class="error">{messages.openFailed(opening.reason)}</p>}
          </>
        )}
      </div>
    </>
  );
}
