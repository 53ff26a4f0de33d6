import ar from "@lantern/sdk/content/drafts/ar";
import fr from "@lantern/sdk/content/fr";
import { describe, expect, it } from "vitest";
import { mountWidget, WIDGET_NAMES } from "../index.js";

/** Mount `name` with `bundle` and give back what a reader would see, shadow root included. */
function mounted(name: (typeof WIDGET_NAMES)[number], bundle: typeof ar) {
  const host = document.createElement("div");
  document.body.append(host);
  const unmount = mountWidget(name, host, { bundle, attributes: {}, onProblem: () => {} });
  const root = host.shadowRoot ?? host;
  return { root, unmount };
}

describe("a draft translation is marked wherever a widget renders it", () => {
  for (const name of WIDGET_NAMES) {
    it(`${name}: in Arabic, a note in Arabic and in English, each with its own lang and dir`, () => {
      const { root, unmount } = mounted(name, ar);
      const note = root.querySelector(".lantern-draft");
      expect(note, `${name} renders the Arabic draft unmarked`).not.toBeNull();
      const [own, english] = [...(note?.querySelectorAll("span") ?? [])];
      expect(own?.getAttribute("lang")).toBe("ar");
      expect(own?.getAttribute("dir")).toBe("rtl");
      expect(own?.textContent).toBe(ar.draftNotice?.text);
      expect(english?.getAttribute("lang")).toBe("en");
      expect(english?.getAttribute("dir")).toBe("ltr");
      expect(english?.textContent).toContain("Draft translation");
      unmount();
    });
  }

  it("a reviewed locale carries no mark", () => {
    expect(fr.draftNotice).toBeUndefined();
    const { root, unmount } = mounted("warning-signs", fr);
    expect(root.querySelector(".lantern-draft")).toBeNull();
    unmount();
  });
});
