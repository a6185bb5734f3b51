/** SpreadsheetApp.getUi(): the add-on menu and the sidebar, captured for the playground to show. */
import type { MenuView } from "../runtime/contract";
import { expose, fail, type ServiceContext } from "./context";
import { EmulatedHtmlOutput } from "./html";

/** The spreadsheet's UI as the add-on left it; it outlives each script execution. */
export interface UiState {
  /** The add-on's name: the title Sheets gives its add-on menu. */
  readonly addonName: string;
  menu: MenuView | null;
  sidebar: { title: string; html: string } | null;
}

export function newUiState(addonName: string): UiState {
  return { addonName, menu: null, sidebar: null };
}

type Menu = GoogleAppsScript.Base.Menu;

export class EmulatedMenu implements Pick<Menu, "addItem" | "addToUi"> {
  private readonly items: MenuView["items"] = [];

  constructor(
    private readonly context: ServiceContext,
    private readonly title: string,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption, functionName });
    return this as unknown as Menu;
  }

  addToUi(): void {
    this.context.ui.menu = { title: this.title, items: [...this.items] };
  }
}

export class EmulatedUi implements Pick<GoogleAppsScript.Base.Ui, "createAddonMenu" | "showSidebar"> {
  constructor(private readonly context: ServiceContext) {}

  createAddonMenu(): Menu {
    return expose(this.context, new EmulatedMenu(this.context, this.context.ui.addonName), "Menu") as unknown as Menu;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    if (!(userInterface instanceof EmulatedHtmlOutput)) fail(this.context, "Invalid argument: userInterface");
    this.context.ui.sidebar = { title: userInterface.title, html: userInterface.content };
  }
}
