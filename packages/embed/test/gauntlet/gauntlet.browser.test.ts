/**
 * The real-browser gauntlet: Lantern on the kind of page partners really have (strict CSPs, hostile CSS and
 * JavaScript, bad input, broken networks, single-page apps, two versions at once) in Debian's Chromium. Each case
 * asserts that the page sees no uncaught error from Lantern, that the host page still works, and that the widget
 * renders or the static fallback with 911 and the hotline appears, with one console message naming the fix when
 * something was wrong. The figures go to docs/reliability.md (see harness.ts).
 */
import { describe } from "vitest";
import { csp } from "./cases/1-csp.js";
import { hostileCss } from "./cases/2-hostile-css.js";
import { hostileJs } from "./cases/3-hostile-js.js";
import { badInput } from "./cases/4-bad-input.js";
import { privacy } from "./cases/5-privacy.js";
import { versions } from "./cases/6-versions.js";
import { load } from "./cases/7-load.js";
import { quickExit } from "./cases/8-quick-exit.js";
import { frame } from "./cases/9-frame.js";
import { phone } from "./cases/10-phone.js";
import { integrity } from "./cases/11-integrity.js";
import { useGauntlet } from "./harness.js";

useGauntlet();

describe("1. CSP matrix", csp);
describe("2. Hostile CSS", hostileCss);
describe("3. Hostile JavaScript", hostileJs);
describe("4. Bad input", badInput);
describe("5. Privacy", privacy);
describe("6. Versions and instances", versions);
describe("7. Load", load);
describe("8. Quick exit under stress", quickExit);
describe("9. The iframe and no-script paths", frame);
describe("10. On the phone of the person it is for", phone);
describe("11. A chain of trust from the pinned loader", integrity);
