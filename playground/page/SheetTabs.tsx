interface SheetTabsProps {
  names: string[];
  active: string;
  onSelect(name: string): void;
}

export function SheetTabs({ names, active, onSelect }: SheetTabsProps) {
  return (
    <div class="sheet-tabs" role="tablist" aria-label="Sheets">
      {names.map((name) => (
        <button type="button" role="tab" key={name} aria-selected={name === active} onClick={() => onSelect(name)}>
          {name}
        </button>
      ))}
    </div>
  );
}
