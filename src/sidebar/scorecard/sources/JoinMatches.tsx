/**
 * Every value of the joined table with its rows, its figures and the network it counts in: the
 * defaults' choice, or the user's, which a dropdown changes. A value that counts in no channel
 * stands out and says why; below, the join in words. Nothing of the table is left out of the list.
 */
import type { Language } from "../../../i18n";
import { joinTexts } from "../../../i18n/joinTexts";
import { revenueSidebarTexts } from "../../../i18n/revenueSidebar";
import { figureFormat } from "../../../join/describe";
import type { JoinedValue } from "../../../join/valueTable";
import type { JoinPreview, RevenueSpec } from "../../../sources/sidebarRequest";

interface JoinMatchesProps {
  language: Language;
  preview: JoinPreview;
  /** The table's choices: its matches are the dropdowns' values. */
  spec: RevenueSpec;
  onMatches(matches: RevenueSpec["matches"]): void;
}

export function JoinMatches({ language, preview, spec, onMatches }: JoinMatchesProps) {
  const texts = revenueSidebarTexts(language);
  const words = joinTexts(language);
  const figure = figureFormat(language);
  // "" is the default; a network is the user's match.
  const chosenFor = (entry: JoinedValue) => spec.matches[entry.value] ?? "";
  const match = (entry: JoinedValue, network: string) => {
    const { [entry.value]: _dropped, ...others } = spec.matches;
    onMatches(network === "" ? others : { ...others, [entry.value]: network });
  };
  // A value matched by hand: what the defaults would match it to is not known here.
  const defaultLabel = (entry: JoinedValue) => (entry.by === "chosen" ? texts.asDefault : entry.network === null ? texts.noMatch : texts.defaultMatch(entry.network));
  const whyOf = (entry: JoinedValue) => (entry.why === "withoutSpend" ? texts.withoutSpend(entry.network!) : entry.why === null ? "" : words.why[entry.why](entry.candidates));
  return (
    <>
      <h3>{texts.matchesHeading}</h3>
      <p class="hint">{texts.matchesIntro}</p>
      <div class="rows matches">
        <table aria-label={texts.matchesHeading}>
          <thead>
            <tr>
              <th>{texts.valueHeader}</th>
              {preview.fields.map((field) => (
                <th key={field}>{texts.joinedField[field]}</th>
              ))}
              <th>{texts.networkHeader}</th>
            </tr>
          </thead>
          <tbody>
            {preview.values.map((entry, i) => (
              <tr key={`${entry.value}-${i}`} class={entry.why === null ? undefined : "unmatched"}>
                <td>
                  {entry.value}
                  <span class="hint">{texts.rows(entry.rows)}</span>
                </td>
                {preview.fields.map((field) => (
                  <td key={field} class="number">
                    {figure(entry.values[field] ?? 0, field)}
                  </td>
                ))}
                <td>
                  <select aria-label={`${texts.networkHeader}: ${entry.value}`} value={chosenFor(entry)} onChange={(event) => match(entry, event.currentTarget.value)}>
                    <option value="">{defaultLabel(entry)}</option>
                    {preview.networks.map((network) => (
                      <option key={network} value={network}>
                        {network}
                      </option>
                    ))}
                  </select>
                  {whyOf(entry) && <span class="hint"> {whyOf(entry)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="import-report" aria-label={texts.joinReportHeading}>
        <ul>
          {preview.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
