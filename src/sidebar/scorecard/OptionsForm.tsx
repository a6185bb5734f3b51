/** The build options: target ROI, chart, and the link that keeps the scorecard following its source. */
import type { Messages } from "../../i18n";

/** The options as the user left them; the target ROI as typed. */
export interface OptionChoices {
  targetRoi: string;
  chart: boolean;
  linkToSource: boolean;
}

interface OptionsFormProps {
  choices: OptionChoices;
  targetRoiValid: boolean;
  fromSelection: boolean;
  canLink: boolean;
  /** Cells read from the selection were changed in the sidebar. */
  edited: boolean;
  messages: Messages;
  onChange(choices: OptionChoices): void;
}

function linkNote(props: OptionsFormProps): string {
  const { choices, fromSelection, canLink, edited, messages } = props;
  if (!fromSelection) return messages.linkNeedsSelection;
  if (!canLink) return messages.linkLostRows;
  return choices.linkToSource && edited ? messages.editedWhileLinked : "";
}

export function OptionsForm(props: OptionsFormProps) {
  const { choices, targetRoiValid, canLink, messages, onChange } = props;
  const note = linkNote(props);
  return (
    <>
      <h2>{messages.optionsHeading}</h2>
      <label for="target-roi">{messages.targetRoiLabel}</label>
      <input
        id="target-roi"
        class="short"
        value={choices.targetRoi}
        aria-invalid={!targetRoiValid}
        onInput={(event) => onChange({ ...choices, targetRoi: event.currentTarget.value })}
      />
      <label class="check">
        <input type="checkbox" checked={choices.chart} onChange={(event) => onChange({ ...choices, chart: event.currentTarget.checked })} />
        {messages.chartOption}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={choices.linkToSource && canLink}
          disabled={!canLink}
          aria-describedby={note ? "link-note" : undefined}
          onChange={(event) => onChange({ ...choices, linkToSource: event.currentTarget.checked })}
        />
        {messages.linkOption}
      </label>
      {note && (
        <p id="link-note" class="hint">
          {note}
        </p>
      )}
    </>
  );
}
