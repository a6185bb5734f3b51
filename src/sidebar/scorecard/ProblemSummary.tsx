/** What stops the build, under the data: a count the screen reader announces, then each problem. */
import type { Messages } from "../../i18n";
import type { TableCheck } from "./checks";

// The add-on refuses with at most as many; a long list would bury the options and the Build button.
const MAX_SHOWN = 10;

interface ProblemSummaryProps {
  id: string;
  check: Pick<TableCheck, "problems" | "filledRows">;
  messages: Messages;
}

export function ProblemSummary({ id, check, messages }: ProblemSummaryProps) {
  const { problems, filledRows } = check;
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <div id={id} class={problems.length > 0 ? "problems" : undefined}>
      <p aria-live="polite">{problems.length > 0 ? messages.problemCount(problems.length) : ""}</p>
      {problems.length > 0 && (
        <ul>
          {shown.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
          {problems.length > shown.length && <li>{messages.moreProblems(problems.length - shown.length)}</li>}
        </ul>
      )}
      {filledRows === 0 && <p class="hint">{messages.noRows}</p>}
    </div>
  );
}
