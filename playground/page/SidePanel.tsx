/** The 300 px panel where Sheets shows an add-on's sidebar; here the add-on's real built HTML. */
interface SidePanelProps {
  title: string;
  /** Changes when the add-on opens a sidebar again, so the frame reloads its HTML. */
  version: number;
  onClose(): void;
}

export function SidePanel({ title, version, onClose }: SidePanelProps) {
  return (
    <aside class="side-panel" aria-label={title}>
      <header>
        <h2>{title}</h2>
        <button type="button" class="close" aria-label="Close sidebar" onClick={onClose}>
          ×
        </button>
      </header>
      <iframe key={version} src={`/sidebar?v=${version}`} title={title} />
    </aside>
  );
}
