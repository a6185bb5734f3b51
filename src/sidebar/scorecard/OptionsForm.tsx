/**
 * The build options: target ROI and margin, the amounts the data calls for (value per conversion,
 * hourly rate, target cost per result), the period section, chart, and the link that keeps the scorecard following its source.
 */
import type { Messages } from "../../i18n";
import { PERIOD_CHOICES } from "../../scorecard/periods";
import type { Amounts, ApplicableAmounts, OptionChoices } from "./options";

interface OptionsFormProps {
  choices: OptionChoices;
  applicable: ApplicableAmounts;
  /** The amounts as read: null where blank, or where the text typed is not an amount. */
  amounts: Amounts;
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

const PERIOD_TEXTS = {
  "": "byPeriodNone", auto: "byPeriodAuto", day: "byPeriodDay", week: "byPeriodWeek", month: "byPeriodMonth", quarter: "byPeriodQuarter",
} as const satisfies Record<OptionChoices["byPeriod"], keyof Messages>;
const periodText = (messages: Messages, choice: OptionChoices["byPeriod"]) => messages[PERIOD_TEXTS[choice]];

interface AmountInputProps {
  id: string;
  label: string;
  text: string;
  /** The text is not an amount, or is blank where an amount is required. */
  invalid: boolean;
  onInput(text: string): void;
}

function AmountInput({ id, label, text, invalid, onInput }: AmountInputProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} class="short" inputMode="decimal" value={text} aria-invalid={invalid} onInput={(event) => onInput(event.currentTarget.value)} />
    </>
  );
}

export function OptionsForm(props: OptionsFormProps) {
  const { choices, applicable, amounts, canLink, messages, onChange } = props;
  const note = linkNote(props);
  const amountInput = (key: keyof Amounts, id: string, label: string, requiredWhenBlank = false) => (
    <AmountInput
      id={id}
      label={label}
      text={choices[key]}
      invalid={amounts[key] === null && (requiredWhenBlank || choices[key].trim() !== "")}
      onInput={(text) => onChange({ ...choices, [key]: text })}
    />
  );
  return (
    <>
      <h2>{messages.optionsHeading}</h2>
      {applicable.targetCost === null && amountInput("targetRoi", "target-roi", messages.targetRoiLabel)}
      {applicable.targetCost === null && amountInput("margin", "margin", messages.marginLabel)}
      {applicable.valuePerConversion && amountInput("valuePerConversion", "value-per-conversion", messages.valuePerConversionLabel)}
      {applicable.hourlyRate && amountInput("hourlyRate", "hourly-rate", messages.hourlyRateLabel, true)}
      {applicable.targetCost !== null && amountInput("targetCpa", "target-cpa", messages.targetCostLabel(applicable.targetCost))}
      <label for="by-period">{messages.byPeriodLabel}</label>
      <select id="by-period" value={choices.byPeriod} aria-describedby="by-period-hint" onChange={(event) => onChange({ ...choices, byPeriod: event.currentTarget.value as OptionChoices["byPeriod"] })}>
        {(["", ...PERIOD_CHOICES] as const).map((choice) => (
          <option value={choice}>{periodText(messages, choice)}</option>
        ))}
      </select>
      <p id="by-period-hint" class="hint">
        {messages.byPeriodHint}
      </p>
      <label class="check">
        <input type="checkbox" checked={choices.chart} onChange={(event) => onChange({ ...choices, chart: event.currentTarget.checked })} />
        {messages.chartOption(applicable.targetCost ?? "ROI")}
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
