/** The name box (the selection) and the formula bar, where values and formulas are typed. */
import type { Ref } from "preact";

interface FormulaBarProps {
  selection: string;
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onChange(value: string): void;
  onCommit(): void;
  onCancel(): void;
}

export function FormulaBar({ selection, value, inputRef, onChange, onCommit, onCancel }: FormulaBarProps) {
  return (
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
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onCommit();
          } else if (e.key === "Escape") {
            e.preventDefault();
            onCancel();
          }
        }}
      />
    </div>
  );
}
