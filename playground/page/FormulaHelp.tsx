/**
 * The help under the formula bar while a formula is typed: the functions whose names start with
 * what is typed, with our functions' summaries, or the parameters of the function being called,
 * the current one highlighted, with its help; in the user's language, from the registry.
 */
import { functionTexts, type FunctionDoc } from "../../src/functions";
import type { FormulaContext, Suggestion } from "./formulaContext";

interface FormulaHelpProps {
  context: FormulaContext;
  suggestions: Suggestion[];
  catalog: readonly FunctionDoc[];
  language: "en" | "fr";
  argumentSeparator: string;
  onPick(name: string): void;
}

function ParameterHelp({ doc, argument, language, separator }: { doc: FunctionDoc; argument: number; language: "en" | "fr"; separator: string }) {
  const texts = functionTexts(doc, language);
  const current = Math.min(argument, doc.params.length - 1);
  return (
    <div class="formula-help" role="tooltip" aria-label={`${doc.name} help`}>
      <p class="signature">
        <code>
          {doc.name}(
          {doc.params.map((param, i) => {
            const name = param.optional ? `[${param.name}]` : param.name;
            return (
              <span key={param.name}>
                {i > 0 && `${separator} `}
                {i === current ? <mark>{name}</mark> : name}
              </span>
            );
          })}
          )
        </code>
      </p>
      <p class="summary">{texts.summary}</p>
      <p class="param-help">
        <code>{doc.params[current].name}</code> {texts.params[current]}
      </p>
    </div>
  );
}

export function FormulaHelp({ context, suggestions, catalog, language, argumentSeparator, onPick }: FormulaHelpProps) {
  if (context?.kind === "call") {
    const doc = catalog.find((fn) => fn.name === context.name);
    return doc ? <ParameterHelp doc={doc} argument={context.argument} language={language} separator={argumentSeparator} /> : null;
  }
  if (context?.kind !== "name" || suggestions.length === 0) return null;
  return (
    <ul class="formula-suggestions" role="listbox" aria-label="Functions">
      {suggestions.map(({ name, doc }, i) => (
        <li
          key={name}
          role="option"
          aria-selected={i === 0}
          // mousedown, not click: the formula bar keeps the focus and the caret.
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(name);
          }}
        >
          <code>{name}</code>
          {doc && <span class="summary">{functionTexts(doc, language).summary}</span>}
        </li>
      ))}
    </ul>
  );
}
