/** The sidebar's script, inlined into dist/Sidebar.html by the build. */
import { render } from "preact";
import { App } from "./App";
import { pageSettings } from "./pageSettings";

const root = document.getElementById("app");
if (root) render(<App settings={pageSettings(document.body.dataset)} />, root);
