/** One function in the reference: signature, summary, parameters, example, and its Insert button. */
import type { FunctionDoc } from "../functions";
import type { Language, Messages } from "../i18n";
import { signature } from "../functions/display";
import { functionTexts } from "../functions/functionTexts";
import { formatExampleResult } from "./functionText";
import type { Insertion } from "./useInsertion";

interface FunctionCardProps {
  fn: FunctionDoc;
  messages: Messages;
  language: Language;
  insertion: Insertion | null;
  onInsert(fn: FunctionDoc, native: boolean): void;
  /** Whether to replace the formula in the selected cell, when asked. */
  onAnswer(replace: boolean): void;
}

export function FunctionCard({ fn, messages, language, insertion, onInsert, onAnswer }: FunctionCardProps) {
  const mine = insertion?.name === fn.name ? insertion : null;
  const texts = functionTexts(fn, language);
  return (
    <li class="function">
      <h2 class="signature">{signature(fn)}</h2>
      <p class="summary">{texts.summary}</p>
      <details class="params">
        <summary>{messages.parameters}</summary>
        <dl>
          {fn.params.map((param, i) => (
            <div key={param.name}>
              <dt>
                <code>{param.name}</code>
                {param.optional && <span class="optional"> ({messages.optional})</span>}
              </dt>
              <dd>{texts.params[i]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p class="example">
        {messages.example} <code>{fn.example.formula}</code> {messages.exampleGives}{" "}
        <strong>{formatExampleResult(fn.example.value, fn.result, language)}</strong>
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          aria-label={messages.insertLabel(fn.name)}
          aria-busy={mine?.state === "inserting"}
          onClick={() => onInsert(fn, false)}
        >
          {mine?.state === "inserting" ? messages.inserting : messages.insert}
        </button>
        <button type="button" class="secondary" title={messages.insertNativeHint} aria-label={messages.insertNativeLabel(fn.name)} onClick={() => onInsert(fn, true)}>
          {messages.insertNative}
        </button>
        <p role="status" class={`status ${mine?.state ?? ""}`}>
          {mine?.state === "inserting" ? "" : mine?.text}
        </p>
      </div>
      {mine?.state === "asking" && (
        <div class="actions" role="group" aria-label={mine.text}>
          <button type="button" class="primary" onClick={() => onAnswer(true)}>
            {messages.replace}
          </button>
          <button type="button" class="secondary" onClick={() => onAnswer(false)}>
            {messages.keepFormula}
          </button>
        </div>
      )}
    </li>
  );
}
