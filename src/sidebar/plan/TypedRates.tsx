/** Channels typed in the sidebar with their rates, and their shares when the split is typed. */
import type { PlanSidebarTexts } from "../../i18n/planSidebar";
import { emptyTypedRow, type TypedRow } from "./planForm";

interface TypedRatesProps {
  rows: TypedRow[];
  withShares: boolean;
  texts: PlanSidebarTexts;
  onChange(rows: TypedRow[]): void;
}

export function TypedRates({ rows, withShares, texts, onChange }: TypedRatesProps) {
  const keys = (Object.keys(texts.typedColumns) as (keyof TypedRow)[]).filter((key) => withShares || key !== "share");
  const edit = (index: number, key: keyof TypedRow, text: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: text } : row)));
  return (
    <>
      <h2>{texts.typedHeading}</h2>
      <p class="hint">{texts.typedHint}</p>
      <div class="rows">
        <table>
          <thead>
            <tr>{keys.map((key) => <th key={key}>{texts.typedColumns[key]}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {keys.map((key) => (
                  <td key={key}>
                    <input aria-label={`${texts.typedColumns[key]} ${i + 1}`} value={row[key]} onInput={(event) => edit(i, key, event.currentTarget.value)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="secondary" onClick={() => onChange([...rows, emptyTypedRow()])}>
        {texts.addRow}
      </button>
    </>
  );
}
