/** The sidebar: the view the server asked for, in the user's language. */
import { messagesFor } from "../i18n";
import { FunctionReference } from "./FunctionReference";
import type { PageSettings } from "./pageSettings";
import { PlanBuilder } from "./plan/PlanBuilder";
import { MakePortable } from "./portable/MakePortable";
import { ScorecardBuilder } from "./scorecard/ScorecardBuilder";

export function App({ settings }: { settings: PageSettings }) {
  const messages = messagesFor(settings.language);
  if (settings.view === "reference") return <FunctionReference messages={messages} language={settings.language} />;
  if (settings.view === "scorecard") return <ScorecardBuilder messages={messages} language={settings.language} />;
  if (settings.view === "plan") return <PlanBuilder messages={messages} language={settings.language} />;
  if (settings.view === "portable") return <MakePortable language={settings.language} />;
  return <p role="alert" class="error">{messages.unknownView}</p>;
}
