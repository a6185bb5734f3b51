/**
 * HtmlService templates: `<?= expr ?>` prints HTML-escaped, `<?!= expr ?>` prints as is, and
 * `<? code ?>` runs; the template's variables are in scope, as are the script's globals.
 */

/** Renders a template from its variables, with the printing functions of `<?= ?>` and `<?!= ?>`. */
export type TemplateRenderer = (
  variables: Record<string, unknown>,
  escape: (value: unknown) => string,
  print: (value: unknown) => string,
) => string;

export function escapeHtml(value: unknown): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return printable(value).replace(/[&<>"']/g, (ch) => entities[ch]);
}

export function printable(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The source of a sloppy-mode function expression that renders the template (evaluate it in the script's realm). */
export function compileTemplate(template: string): string {
  const statements: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/<\?(!?=)?([\s\S]*?)\?>/g)) {
    statements.push(`__out += ${JSON.stringify(template.slice(last, match.index))};`);
    const [, print, code] = match;
    if (print === "=") statements.push(`__out += __escape(${code});`);
    else if (print === "!=") statements.push(`__out += __print(${code});`);
    else statements.push(code);
    last = match.index + match[0].length;
  }
  statements.push(`__out += ${JSON.stringify(template.slice(last))};`);
  return `(function (__variables, __escape, __print) {
  var __out = "";
  with (__variables) {
${statements.join("\n")}
  }
  return __out;
})`;
}
