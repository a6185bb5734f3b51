/** The "Function reference" view: search our functions, read their help, insert an example. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { FunctionDoc } from "../functions";
import type { Language, Messages } from "../i18n";
import { FunctionCard } from "./FunctionCard";
import { filterFunctions } from "./search";
import { server } from "./server";
import { reasonOf } from "./serverCall";
import { useInsertion } from "./useInsertion";

type Catalog = { state: "loading" } | { state: "ready"; functions: FunctionDoc[] } | { state: "failed"; reason: string };

interface FunctionReferenceProps {
  messages: Messages;
  language: Language;
}

export function FunctionReference({ messages, language }: FunctionReferenceProps) {
  const [catalog, setCatalog] = useState<Catalog>({ state: "loading" });
  const [query, setQuery] = useState("");
  const { insertion, insert, answer } = useInsertion(messages);
  const list = useRef<HTMLUListElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    server.getFunctionCatalog().then(
      (functions) => setCatalog({ state: "ready", functions }),
      (error: unknown) => setCatalog({ state: "failed", reason: reasonOf(error) || messages.unknownError }),
    );
  }, []);

  if (catalog.state === "loading") return <p role="status">{messages.loadingFunctions}</p>;
  if (catalog.state === "failed") return <p role="alert" class="error">{messages.loadFailed(catalog.reason)}</p>;

  const shown = filterFunctions(catalog.functions, query);
  return (
    <main>
      <p class="intro">{messages.referenceIntro}</p>
      <form
        role="search"
        onSubmit={(event) => {
          // Enter jumps to the first match, whose Insert button is then one more Enter away.
          event.preventDefault();
          list.current?.querySelector("button")?.focus();
        }}
      >
        <label for="search">{messages.searchLabel}</label>
        <input
          ref={searchBox}
          id="search"
          type="search"
          value={query}
          placeholder={messages.searchPlaceholder}
          autocomplete="off"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </form>
      <p class="count" aria-live="polite">
        {shown.length === 0 ? messages.noMatch(query.trim()) : messages.matchCount(shown.length)}
      </p>
      {shown.length === 0 && (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setQuery("");
            searchBox.current?.focus();
          }}
        >
          {messages.clearSearch}
        </button>
      )}
      <ul ref={list} class="functions">
        {shown.map((fn) => (
          <FunctionCard key={fn.name} fn={fn} messages={messages} language={language} insertion={insertion} onInsert={insert} onAnswer={answer} />
        ))}
      </ul>
    </main>
  );
}
