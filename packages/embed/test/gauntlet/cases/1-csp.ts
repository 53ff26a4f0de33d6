/**
 * 1. CSP matrix: the policies partners really send. Every widget renders, the report dialog (code and content
 * loaded on demand with import()) opens, the partner configuration is read, and the page records zero
 * `securitypolicyviolation` events.
 */
import { expect, it } from "vitest";
import {
  expectHostWorks,
  expectLanternLines,
  expectNoErrors,
  expectWidget,
  g,
  hostPage,
  NAMES,
  openDialog,
  visit,
  waitForShadowText,
} from "../harness.js";

const NONCE = "gauntlet-3b9f1c";
const CONFIG = JSON.stringify({
  contacts: [
    {
      name: "Town line (example)",
      role: "information",
      channels: [{ kind: "phone", value: "905-555-0100" }],
    },
  ],
});

const POLICIES: [string, () => string, boolean][] = [
  ["own origin only", () => `default-src 'none'; script-src ${g.origin}; style-src ${g.origin}`, false],
  [
    "a nonce with 'strict-dynamic' (chunks come in by import())",
    () => `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src ${g.origin}`,
    true,
  ],
  ["require-trusted-types-for 'script'", () => "require-trusted-types-for 'script'", false],
  [
    "all at once, with trusted-types 'none' and base-uri 'none'",
    () =>
      `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src ${g.origin}; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'`,
    true,
  ],
];

export function csp() {
  for (const [label, policy, nonced] of POLICIES) {
    it(label, async () => {
      const tags = NAMES.map((name) => `<lantern-${name} region="CA-ON"></lantern-${name}>`).join("\n");
      const html = hostPage(tags, {
        ...(nonced ? { nonce: NONCE } : {}),
        head: `<link rel="stylesheet" href="/gauntlet/host.css"><script type="application/json" data-lantern-config>${CONFIG}</script>`,
      });
      const watched = await visit(html, { headers: { "content-security-policy": policy() } });
      const { page } = watched;
      for (const name of NAMES) await expectWidget(page, name);
      await waitForShadowText(page, "lantern-help-directory", "Town line (example)");
      // The dialog's code and content arrive by import() only now.
      await openDialog(page);
      await page.keyboard.press("Escape");
      await expectHostWorks(page);
      expect(await watched.violations()).toEqual([]);
      expectNoErrors(watched);
      expectLanternLines(watched, []);
      expect(watched.warnings).toEqual([]);
    });
  }
}
