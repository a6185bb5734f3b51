/**
 * The name box (the selection) and the formula bar, where values and formulas are typed; under it,
 * the selected cell's error message, and while a formula is typed, function suggestions and help.
 */
import type { Ref } from "preact";
import { useState } from "preact/hooks";
import type { FunctionDoc } from "../../src/functions";
import { formulaContext, suggestionsFor } from "./formulaContext";
import { FormulaHelp } from "./FormulaHelp";

interface FormulaBarProps {
  selection: string;
  value: string;
  /** True while the user edits the value (help is shown only then). */
  editing: boolean;
  /** The selected cell's error message, such as a custom function's. */
  error?: string;
  catalog: readonly FunctionDoc[];
  builtInFunctions: readonly string[];
  language: "en" | "fr";
  /** "," or, in a French sheet, ";". */
  argumentSeparator: string;
  inputRef: Ref<HTMLInputElement>;
  onChange(value: string): void;
  onCommit(): void;
  onCancel(): void;
}

export function FormulaBar(props: FormulaBarProps) {
  const { selection, value, editing, error, catalog, builtInFunctions, language, argumentSeparator, inputRef, onChange, onCommit, onCancel } = props;
  const [caret, setCaret] = useState<number | null>(null);
  const beforeCaret = value.slice(0, caret ?? value.length);
  const context = editing ? formulaContext(beforeCaret, argumentSeparator) : null;
  const suggestions = context?.kind === "name" ? suggestionsFor(context.prefix, catalog, builtInFunctions) : [];

  const pick = (name: string) => {
    if (context?.kind !== "name") return;
    const start = beforeCaret.length - context.prefix.length;
    const next = `${value.slice(0, start)}${name}(${value.slice(beforeCaret.length)}`;
    onChange(next);
    setCaret(start + name.length + 1);
  };

  return (
    <div class="formula-area">
      <div class="formula-bar">
        <output class="name-box" aria-label="Selection">
          {selection}
        </output>
        <span class="fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={inputRef}
          aria-label="Formula bar"
          value={value}
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => {
            setCaret(e.currentTarget.selectionStart);
            onChange(e.currentTarget.value);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            if (e.key === "Tab" && suggestions.length > 0) {
              e.preventDefault();
              pick(suggestions[0].name);
            } else if (e.key === "Enter") {
              e.preventDefault();
              onCommit();
            } else if (e.key === "Escape") {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </div>
      <FormulaHelp context={context} suggestions={suggestions} catalog={catalog} language={language} argumentSeparator={argumentSeparator} onPick={pick} />
      {!editing && error && (
        <p class="cell-error" role="status" aria-label="Cell error">
          {error}
        </p>
      )}
    </div>
  );
}
