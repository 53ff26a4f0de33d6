/** The widget contract (test/contract.ts) in real Chromium, with each widget's stylesheet adopted in its shadow root. */
import { WIDGET_NAMES } from "../src/index.js";
import { runWidgetContract } from "./contract.js";

for (const name of WIDGET_NAMES) runWidgetContract(name);
