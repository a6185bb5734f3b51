/** The currency a table's money is in, chosen among the codes the import knows, when the table says none. */
import { CURRENCIES } from "../../../import/currencies";

export interface CurrencySelectProps {
  id: string;
  label: string;
  placeholder: string;
  value: string | null;
  onChange(currency: string | null): void;
}

export function CurrencySelect({ id, label, placeholder, value, onChange }: CurrencySelectProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{placeholder}</option>
        {Object.keys(CURRENCIES).map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </>
  );
}
