/**
 * The iframe page (`frame.html?widget=warning-signs&lang=fr&region=CA-ON`), for CMSs that allow only iframes.
 *
 * It turns the query into the same placeholder a partner would paste (`<div data-lantern>`), so the loader mounts
 * it and every value is checked by the same code, with the same console messages, as on a script-tag page:
 * - `widget`, `lang`: the placeholder's name and the page's language (the loader checks both);
 * - `config`: the partner configuration block's JSON (contacts, theme), URL-encoded; it goes into an inert element
 *   the loader reads as a configuration block, never into a script;
 * - `allow-draft`, `exit-url`: attributes, as on the element;
 * - anything else (`region`, `audience`, `variant`, `heading-level`…): a `data-` attribute, which the widget reads
 *   as a setting, so a typo (`regoin`) is reported as an unknown setting with its suggestion, never set as an
 *   attribute that would mean something to the browser (`onclick`, `style`).
 *
 * Only a partner's own page decides what its visitors are told: partner contacts, theme (both in `config`) and the
 * quick exit's address (`exit-url`) are read only when this page is in a frame. Opened on its own, as a link anyone
 * can write and send, it shows Lantern's own content and says in the console why: otherwise a stranger's link would
 * put a stranger's phone number under Lantern's trusted address. In a frame, the address bar shows the framing site,
 * which answers for what its frames show as for the rest of its page (docs/architecture.md, "Who may speak").
 *
 * Where the host listens, it reports its height with postMessage so the iframe can grow with the widget, and with
 * the report dialog while it is open: a modal dialog sits in the top layer, outside the page's height, and would
 * otherwise be squeezed into the frame's box (a 70 px frame showed the dialog's title and Close, and not 911).
 * Only the height is sent: no content, no personal data.
 */
const params = new URLSearchParams(location.search);
const widget = params.get("widget") || "warning-signs";
const lang = params.get("lang");
// The page's direction goes with its language (the widget sets its own too, but the page's scrollbar and focus order
// follow the root's).
if (lang) document.documentElement.lang = lang;
if (lang) document.documentElement.dir = /^(ar|fa|he|ur|ps|ckb|dv|yi)(-|$)/.test(lang) ? "rtl" : "ltr";

const host = document.createElement("div");
host.setAttribute("data-lantern", widget);
const ATTRIBUTES = ["allow-draft", "exit-url"];
const OWN = ["widget", "lang", "config"];
/** What only the partner's page may set: what a visitor is told to call, and where quick exit takes them. */
const PARTNER = ["config", "exit-url"];
const framed = window.parent !== window;
const ignored = framed ? [] : PARTNER.filter((name) => params.has(name));
if (ignored.length)
  console.warn(
    `Lantern frame: ${ignored.join(" and ")} ignored: this page is open on its own, not in a frame on a partner's page, so it shows Lantern's own content (an address anyone can write must not put their lines on Lantern's site). Partners: show frame.html in an <iframe> on your page`,
  );
for (const [name, value] of params) {
  if (OWN.includes(name) || ignored.includes(name)) continue;
  try {
    host.setAttribute(ATTRIBUTES.includes(name) ? name : `data-${name}`, value);
  } catch {
    console.warn(`Lantern frame: "${name}" is not a setting: remove it from the frame's address`);
  }
}
const config = framed ? params.get("config") : null;
if (config !== null) {
  // Read by the loader like a <script type="application/json" data-lantern-config> block. A hidden element, not a
  // script: with Trusted Types on, a script's text cannot be set from a string, and nothing here should run.
  const block = document.createElement("div");
  block.id = "lantern-frame-config";
  block.hidden = true;
  block.textContent = config;
  host.setAttribute("config", block.id);
  document.body.append(block);
}
document.body.append(host);

if (framed) {
  let last = 0;
  let pending = false;
  const measure = () => {
    pending = false;
    let height = document.documentElement.getBoundingClientRect().height;
    const dialog = host.shadowRoot?.querySelector("dialog[open]");
    if (dialog) {
      // The frame's window must hold the whole dialog: its content (scrollHeight counts what it scrolls), borders,
      // and the 1em its max-block-size leaves around it (dialog.css). At most the screen's height, so that a long
      // dialog keeps its own scrolling and its sticky Close in view rather than running off the host's screen.
      const style = getComputedStyle(dialog);
      const whole =
        dialog.scrollHeight +
        Number.parseFloat(style.borderTopWidth) +
        Number.parseFloat(style.borderBottomWidth) +
        Number.parseFloat(style.fontSize);
      height = Math.max(height, Math.min(whole, Math.max(screen.availHeight, 320)));
    }
    reveal();
    height = Math.ceil(height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "lantern:height", widget, height }, "*");
    }
  };
  // The dialog opened where the frame is, which may be low on the host's screen, or partly below it: the frame (grown
  // to hold the dialog where the host listens) is brought into view, as a modal dialog covers the screen on a
  // script-tag page, so the person sees 911 and the hotline without scrolling. Again when the frame's size changes
  // while it is open (the host applying the height, a phone turned).
  let revealed: Element | null = null;
  const reveal = () => {
    const dialog = host.shadowRoot?.querySelector("dialog[open]") ?? null;
    // The page's root, not the dialog: a fixed-position element scrolls nothing into view.
    if (dialog && dialog !== revealed) document.documentElement.scrollIntoView({ block: "start" });
    revealed = dialog;
  };
  addEventListener("resize", () => {
    revealed = null;
    reveal();
  });
  // Many changes come at once (a widget rendering, a dialog filling in): measured once per frame.
  const soon = () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(measure);
    }
  };
  const sizes = new ResizeObserver(soon);
  sizes.observe(document.documentElement);
  // The dialog is added, opened, filled and closed inside the widget's shadow root, which the loader attaches
  // after this script (both are deferred, in order): watched from then on.
  document.addEventListener("DOMContentLoaded", () => {
    const root = host.shadowRoot;
    if (!root) return;
    new MutationObserver(() => {
      const dialog = root.querySelector("dialog");
      if (dialog) sizes.observe(dialog);
      soon();
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["open"] });
  });
}
