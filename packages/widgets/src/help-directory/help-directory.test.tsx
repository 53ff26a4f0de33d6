import { contacts, text } from "@lantern/sdk";
import helpLines from "@lantern/sdk/content/lines";
import { parsePartnerContacts } from "@lantern/sdk/overrides";
import { render } from "preact";
import { act } from "preact/test-utils";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import {
  ar,
  en,
  fr,
  mountInShadow,
  openReport,
  runWidgetContract,
  settle,
  textOf,
} from "../../test/contract.js";
import { HelpDirectory } from "./help-directory.js";

runWidgetContract("help-directory");

const ids = (root: ParentNode) =>
  [...root.querySelectorAll(".lantern-contacts > li")].map((li) => li.getAttribute("data-contact"));
/** The polite result count, as the English bundle words it. */
const results = (n: number) => text(en, "helpDirectory.results", { count: n });
const count = (root: ParentNode) => textOf(root.querySelector("[role='status']") as Element);

async function choose(select: HTMLSelectElement | null, value: string) {
  if (!select) throw new Error("no select");
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

describe("help-directory", () => {
  it("lists national, high-confidence contacts for everyone by default, 911 first, with a polite count", () => {
    const { root, unmount } = mountInShadow("help-directory");
    try {
      expect(ids(root)).toEqual(contacts(en).map((c) => c.id));
      expect(ids(root)[0]).toBe("emergency-911");
      const status = root.querySelector("[role='status']") as Element;
      expect(status.getAttribute("aria-live")).toBe("polite");
      expect(count(root)).toBe(results(contacts(en).length));
      expect(root.querySelector(".lantern-verified-checkBeforeUse")).toBeNull();
    } finally {
      unmount();
    }
  });

  it("labels its filters and offers every region of the bundle", () => {
    const { root, unmount } = mountInShadow("help-directory", { bundle: fr });
    try {
      const selects = [...root.querySelectorAll("select")];
      expect(selects).toHaveLength(3);
      for (const select of selects) expect(root.querySelector(`label[for='${select.id}']`)).not.toBeNull();
      expect([...(selects[0] as HTMLSelectElement).options].map((o) => o.value)).toEqual(
        fr.regions.map((r) => r.code),
      );
      expect([...(selects[0] as HTMLSelectElement).options].map((o) => o.text)).toContain("Ontario");
    } finally {
      unmount();
    }
  });

  it("filters by audience: youth adds Kids Help Phone, everyone leaves it out", async () => {
    const { root, unmount } = mountInShadow("help-directory");
    try {
      expect(ids(root)).not.toContain("kids-help-phone");
      await choose(root.querySelectorAll("select")[1] as HTMLSelectElement, "youth");
      expect(ids(root)).toContain("kids-help-phone");
      expect(count(root)).toBe(results(ids(root).length));
      await choose(root.querySelectorAll("select")[1] as HTMLSelectElement, "general");
      expect(ids(root)).not.toContain("kids-help-phone");
    } finally {
      unmount();
    }
  });

  it("starts from the partner's region and audience, medium-confidence lines marked with their date", () => {
    const { root, unmount } = mountInShadow("help-directory", {
      attributes: { region: "CA-ON", audience: "workers" },
    });
    try {
      expect((root.querySelectorAll("select")[0] as HTMLSelectElement).value).toBe("CA-ON");
      expect((root.querySelectorAll("select")[1] as HTMLSelectElement).value).toBe("workers");
      expect(ids(root)).toEqual(
        contacts(en, { region: "CA-ON", audience: "workers", includeMedium: true }).map((c) => c.id),
      );
      expect(ids(root)).toContain("on-employment-standards");
      expect(ids(root)).toContain("tfw-tip-line");
      for (const li of root.querySelectorAll(".lantern-contacts > li")) {
        const contact = en.contacts.find((c) => c.id === li.getAttribute("data-contact"));
        // The contact's own mark; a sure contact's unsure channel or note carries its own (below).
        const marked = li.querySelector(":scope > .lantern-verified-checkBeforeUse");
        expect(Boolean(marked)).toBe(contact?.confidence === "medium");
        if (marked) expect(textOf(marked)).toBe("This may be out of date. Last checked: November 28, 2026.");
      }
    } finally {
      unmount();
    }
  });

  it("marks every contact past the freshness limit on its day with the date and a may-be-out-of-date note", () => {
    // Content verified 2026-11-28 fails the 12-month limit on 2027-11-28, not the day before.
    const before = mountInShadow("help-directory", { today: "2027-11-27" });
    try {
      expect(before.root.querySelector(".lantern-stale")).toBeNull();
    } finally {
      before.unmount();
    }
    const { root, unmount } = mountInShadow("help-directory", {
      today: "2027-11-28",
      attributes: { region: "CA-ON", audience: "workers" },
    });
    try {
      const items = [...root.querySelectorAll(".lantern-contacts > li")];
      expect(items.length).toBeGreaterThan(2);
      for (const li of items) {
        const marks = li.querySelectorAll(":scope > .lantern-verified");
        // One note each: the stale note replaces a medium contact's, so no contact says it twice.
        expect([...marks].map((mark) => mark.className)).toEqual([
          "lantern-verified lantern-verified-checkBeforeUse lantern-stale",
        ]);
        expect(textOf(marks[0] as Element)).toBe(
          "Not checked for more than a year: this may be out of date. Last checked: November 28, 2026.",
        );
        expect(marks[0]?.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-28");
      }
    } finally {
      unmount();
    }
  });

  it("filters by region in place: Ontario adds its lines, national ones stay", async () => {
    const { root, unmount } = mountInShadow("help-directory");
    try {
      const before = ids(root);
      await choose(root.querySelector("select"), "CA-ON");
      expect(ids(root)).toContain("femaide");
      for (const id of before) expect(ids(root)).toContain(id);
      expect(count(root)).toBe(results(ids(root).length));
    } finally {
      unmount();
    }
  });

  it("filters by way of contact, showing only channels of that kind", async () => {
    const { root, unmount } = mountInShadow("help-directory", { attributes: { audience: "youth" } });
    try {
      await choose(root.querySelectorAll("select")[2] as HTMLSelectElement, "sms");
      expect(ids(root)).toEqual(["kids-help-phone"]);
      const hrefs = [...root.querySelectorAll(".lantern-contacts a")].map((a) => a.getAttribute("href"));
      expect(hrefs).toEqual(["sms:686868?body=CONNECT"]);
      expect(count(root)).toBe(results(1));
    } finally {
      unmount();
    }
  });

  it("shows hours and an Open 24/7 badge", () => {
    const { root, unmount } = mountInShadow("help-directory", { attributes: { region: "CA-ON" } });
    try {
      const line = root.querySelector("[data-contact='on-victim-support-line']") as Element;
      expect(textOf(line)).toContain("Hours Not confirmed: sources disagree.");
      expect(line.querySelector(".lantern-badge")).toBeNull();
      const hotline = root.querySelector("[data-contact='ca-human-trafficking-hotline']") as Element;
      expect(textOf(hotline.querySelector(".lantern-badge") as Element)).toBe("Open 24/7");
    } finally {
      unmount();
    }
  });

  it("includes the partner's contacts", () => {
    const { contacts: partner } = parsePartnerContacts([
      {
        id: "town-shelter",
        name: "Town shelter",
        role: "support",
        open247: true,
        channels: [{ kind: "phone", value: "905-555-0199" }],
      },
    ]);
    const { root, unmount } = mountInShadow("help-directory", { partnerContacts: partner });
    try {
      expect(ids(root)).toContain("town-shelter");
    } finally {
      unmount();
    }
  });

  it("needs contacts in its own bundle: a bundle trimmed for lazy dialog content is reported", () => {
    let calls = 0;
    const { problems, unmount } = mountInShadow("help-directory", {
      bundle: { ...en, contacts: [], steps: [] },
      loadDialogContent: async () => {
        calls++;
        return { contacts: en.contacts, steps: en.steps };
      },
    });
    try {
      expect(problems).toEqual([
        {
          field: "bundle",
          message:
            "the help directory needs the bundle's contacts at first render: pass the full bundle (with contacts and steps), not one trimmed for lazy dialog content",
        },
      ]);
      // Rendering does not load them: only opening the dialog would.
      expect(calls).toBe(0);
    } finally {
      unmount();
    }
  });
});

describe("help-directory, variant languages", () => {
  const languages = { variant: "languages" };

  for (const bundle of [en, fr, ar]) {
    it(`in ${bundle.locale.code}: "Help in your language" as its heading, then the lines, without filters or directory`, () => {
      const { root, problems, unmount } = mountInShadow("help-directory", { bundle, attributes: languages });
      try {
        expect(problems).toEqual([]);
        expect(root.dataset.variant).toBe("languages");
        const heading = root.querySelector("h2") as HTMLElement;
        expect(textOf(heading)).toBe(bundle.ui["helpLines.heading"]);
        expect(root.getAttribute("aria-labelledby")).toBe(heading.id);
        expect(root.querySelectorAll(".lantern-help-line")).toHaveLength(helpLines.lines.length);
        expect(root.querySelector("select, .lantern-filters, .lantern-count, .lantern-contacts")).toBeNull();
      } finally {
        unmount();
      }
    });
  }

  it("ends as every widget does: the report button, then the lines' sources and last-verified date", async () => {
    const { root, shadow, unmount } = mountInShadow("help-directory", { attributes: languages });
    try {
      const sources = [...root.querySelectorAll(".lantern-sources a")].map((a) => a.getAttribute("href"));
      expect(sources).toEqual(helpLines.sources);
      expect(root.querySelector(".lantern-footer time")?.getAttribute("datetime")).toBe(
        helpLines.lastVerified,
      );
      const dialog = await openReport(shadow);
      expect(dialog.open).toBe(true);
    } finally {
      unmount();
    }
  });

  it("lists no contacts, so a bundle trimmed for lazy dialog content is fine: its dialog loads them when opened", async () => {
    let calls = 0;
    const { problems, shadow, unmount } = mountInShadow("help-directory", {
      bundle: { ...en, contacts: [], steps: [] },
      attributes: languages,
      loadDialogContent: async () => {
        calls++;
        return { contacts: en.contacts, steps: en.steps };
      },
    });
    try {
      expect(problems).toEqual([]);
      expect(calls).toBe(0);
      const dialog = await openReport(shadow);
      expect(calls).toBe(1);
      expect(dialog.querySelector(".lantern-section-hotline a[href^='tel:']")).not.toBeNull();
    } finally {
      unmount();
    }
  });

  it("renders the same markup on the server as in the browser, and any case of the word works", () => {
    const vnode = () => (
      <HelpDirectory bundle={ar} config={{ variant: "languages" }} onProblem={() => {}} today="2026-12-06" />
    );
    const server = document.createElement("template");
    server.innerHTML = renderToString(vnode());
    const client = document.createElement("div");
    render(vnode(), client);
    try {
      expect(server.content.querySelectorAll(".lantern-help-line")).toHaveLength(helpLines.lines.length);
      expect((server.content.firstElementChild as Element).outerHTML).toBe(
        (client.firstElementChild as Element).outerHTML,
      );
    } finally {
      render(null, client);
    }
    const { root, problems, unmount } = mountInShadow("help-directory", {
      attributes: { variant: " Languages " },
    });
    try {
      expect(problems).toEqual([]);
      expect(root.dataset.variant).toBe("languages");
    } finally {
      unmount();
    }
  });

  it("is no variant of another widget: the fix names each widget's own", () => {
    const { problems, unmount } = mountInShadow("warning-signs", { attributes: languages });
    try {
      expect(problems).toEqual([
        { field: "variant", message: '"languages" is not a variant of warning-signs: use full or compact' },
      ]);
    } finally {
      unmount();
    }
  });
});
