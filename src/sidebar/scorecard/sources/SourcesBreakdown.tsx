/** "Break down by" for several sources: the kinds of column they share (campaign, ad set / ad group, placement...), in order; one more can always be added. */
import type { Messages } from "../../../i18n";
import type { SourcesTexts } from "../../../i18n/sourcesTexts";
import type { BreakdownKind, KindOffered } from "../../../sources/breakdownChoice";

interface SourcesBreakdownProps {
  offered: readonly KindOffered[];
  chosen: readonly BreakdownKind[];
  sourceCount: number;
  messages: Messages;
  texts: SourcesTexts;
  onChange(chosen: BreakdownKind[]): void;
}

export function SourcesBreakdown({ offered, chosen, sourceCount, messages, texts, onChange }: SourcesBreakdownProps) {
  if (offered.length === 0) return null;
  const positions = offered.length > chosen.length ? [...chosen, null] : [...chosen];
  const labelOf = ({ kind, sources }: KindOffered) => {
    const name = kind === "network" ? texts.networkHeader : texts.dimensions[kind];
    return sources.length === sourceCount ? name : messages.onlyIn(name, texts.list(sources));
  };
  const choose = (position: number, kind: BreakdownKind | null) => {
    const next = [...chosen];
    if (kind === null) next.splice(position, 1);
    else next[position] = kind;
    onChange(next);
  };
  return (
    <>
      <h2>{messages.breakdownHeading}</h2>
      <p class="hint">{messages.sourcesBreakdownHint}</p>
      <ul class="mapping">
        {positions.map((kind, position) => (
          <li key={position}>
            <label for={`sources-breakdown-${position}`}>{position === 0 ? messages.breakdownFirst : messages.breakdownThen}</label>
            <select id={`sources-breakdown-${position}`} value={kind ?? ""} onChange={(event) => choose(position, (event.currentTarget.value || null) as BreakdownKind | null)}>
              <option value="">{messages.breakdownNone}</option>
              {offered
                .filter((entry) => entry.kind === kind || !chosen.includes(entry.kind))
                .map((entry) => (
                  <option key={entry.kind} value={entry.kind}>
                    {labelOf(entry)}
                  </option>
                ))}
            </select>
          </li>
        ))}
      </ul>
    </>
  );
}
