/** HtmlService: HTML outputs and templates from the project's HTML files (dist/<name>.html). */
import { expose, fail, type ServiceContext } from "./context";
import { compileTemplate, escapeHtml, printable, type TemplateRenderer } from "./template";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export class EmulatedHtmlOutput implements Pick<HtmlOutput, "getContent" | "getTitle" | "setTitle"> {
  title = "";

  constructor(readonly content: string) {}

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this as unknown as HtmlOutput;
  }
}

function htmlOutput(context: ServiceContext, content: string): HtmlOutput {
  return expose(context, new EmulatedHtmlOutput(content), "HtmlOutput") as unknown as HtmlOutput;
}

/** A template: the script sets its variables as properties (template.view = "reference"). */
export class EmulatedHtmlTemplate implements Pick<HtmlTemplate, "evaluate"> {
  // Private fields are not own properties, so only the script's variables reach the template.
  readonly #context: ServiceContext;
  readonly #source: string;
  [variable: string]: unknown;

  constructor(context: ServiceContext, source: string) {
    this.#context = context;
    this.#source = source;
  }

  evaluate(): HtmlOutput {
    const render = this.#context.realm.evaluate(compileTemplate(this.#source)) as TemplateRenderer;
    return htmlOutput(this.#context, render({ ...this }, escapeHtml, printable));
  }
}

export class EmulatedHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutputFromFile" | "createTemplateFromFile"> {
  constructor(private readonly context: ServiceContext) {}

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return htmlOutput(this.context, this.file(filename));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    const template = new EmulatedHtmlTemplate(this.context, this.file(filename));
    // Not strict: reading a variable the script has not set gives undefined.
    return expose(this.context, template, "HtmlTemplate", { strict: false }) as unknown as HtmlTemplate;
  }

  private file(filename: string): string {
    const content = this.context.htmlFile(filename.replace(/\.html$/, ""));
    return content ?? fail(this.context, `No HTML file named ${filename} was found.`);
  }
}
