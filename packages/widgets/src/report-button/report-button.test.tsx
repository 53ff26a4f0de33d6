import type { Contact } from "@lantern/sdk";
import helpLines from "@lantern/sdk/content/lines";
import { parsePartnerContacts } from "@lantern/sdk/overrides";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import {
  ar,
  click,
  en,
  fr,
  mountInShadow,
  openReport,
  runWidgetContract,
  settle,
  textOf,
} from "../../test/contract.js";

runWidgetContract("report-button");

async function openDialog(options: Parameters<typeof mountInShadow>[1] = {}) {
  const mounted = mountInShadow("report-button", options);
  const dialog = await openReport(mounted.shadow);
  return { ...mounted, dialog };
}

const contactIds = (dialog: Element, section: string) =>
  [...dialog.querySelectorAll(`.lantern-section-${section} [data-contact]`)].map((li) =>
    li.getAttribute("data-contact"),
  );

describe("report-button", () => {
  it("is one button labelled from the bundle, with no dialog (nor any link) until opened", () => {
    const { shadow, unmount } = mountInShadow("report-button", { bundle: fr });
    try {
      const buttons = shadow.querySelectorAll(".lantern-cta");
      expect(buttons).toHaveLength(1);
      expect(textOf(buttons[0] as Element)).toBe(fr.ui["reportButton.label"]);
      expect(buttons[0]?.getAttribute("aria-haspopup")).toBe("dialog");
      // The dialog loads on first activation: until then it is not in the document at all.
      expect(shadow.querySelector("dialog")).toBeNull();
      // Links only in what prints in the button's place (display: none on screen).
      expect([...shadow.querySelectorAll("a")].filter((a) => !a.closest(".lantern-print-only"))).toEqual([]);
    } finally {
      unmount();
    }
  });

  it("opens a modal dialog named by its title, with focus on the title", async () => {
    const { dialog, shadow, unmount } = await openDialog();
    try {
      expect(dialog.open).toBe(true);
      const title = shadow.getElementById(dialog.getAttribute("aria-labelledby") as string);
      expect(textOf(title as Element)).toBe(en.ui["reportButton.dialogTitle"]);
      expect(shadow.activeElement).toBe(title);
    } finally {
      unmount();
    }
  });

  it("puts 911 first, then the hotline by phone, chat, web form and email with each note, then Crime Stoppers", async () => {
    const { dialog, unmount } = await openDialog();
    try {
      const hrefs = [...dialog.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      expect(hrefs[0]).toBe("tel:911");
      const hotline = dialog.querySelector(".lantern-section-hotline") as Element;
      expect(textOf(hotline)).toContain(en.ui["reportButton.hotlineDetails"]);
      const channels = [...hotline.querySelectorAll(".lantern-channels > li")];
      expect(channels.map((li) => textOf(li.querySelector("a") as Element))).toEqual([
        "Call 1-833-900-1010",
        "Chat online (opens in a new tab)",
        "Use the online form (opens in a new tab)",
        "Email hotline@ccteht.ca",
      ]);
      const source = en.contacts.find((c) => c.id === "ca-human-trafficking-hotline") as Contact;
      expect(channels.map((li) => textOf(li.querySelector(".lantern-note") as Element))).toEqual(
        source.channels.map((channel) => channel.note),
      );
      const tips = dialog.querySelector(".lantern-section-tips") as Element;
      expect(textOf(tips)).toContain(en.ui["reportButton.anonymousDetails"]);
      expect(tips.querySelector("a")?.getAttribute("href")).toBe("tel:+18002228477");
      expect(textOf(tips.querySelector("a") as Element)).toBe("Call 1-800-222-TIPS (8477)");
    } finally {
      unmount();
    }
  });

  it("opens phone, text and email on the device, and web pages in a new tab without referrer", async () => {
    const { dialog, unmount } = await openDialog({ attributes: { audience: "youth" } });
    try {
      const links = [...dialog.querySelectorAll<HTMLAnchorElement>("a")];
      const sms = links.find((a) => a.getAttribute("href")?.startsWith("sms:"));
      expect(sms?.getAttribute("href")).toBe("sms:686868?body=CONNECT");
      expect(textOf(sms as Element)).toBe("Text CONNECT to 686868");
      for (const a of links) {
        const web = /^https?:/.test(a.getAttribute("href") ?? "");
        expect(a.getAttribute("target")).toBe(web ? "_blank" : null);
        expect(a.getAttribute("rel")).toBe(web ? "noopener noreferrer" : null);
        expect(textOf(a).includes(en.ui["common.opensInNewTab"])).toBe(web);
      }
    } finally {
      unmount();
    }
  });

  it("says what to note before calling and never to confront", async () => {
    const { dialog, unmount } = await openDialog();
    try {
      const note = dialog.querySelector(".lantern-section-note") as Element;
      expect(textOf(note.querySelector("h3") as Element)).toBe(en.ui["reportButton.noteHeading"]);
      const step = (id: string) => en.steps.find((s) => s.id === id)?.text as string;
      expect(textOf(note)).toContain(step("note-details"));
      expect(textOf(note.querySelector(".lantern-callout") as Element)).toBe(step("do-not-confront"));
    } finally {
      unmount();
    }
  });

  it("adds Ontario's lines for CA-ON, each marked check-before-use, and keeps every national one", async () => {
    const { dialog, unmount } = await openDialog({ attributes: { region: "CA-ON" } });
    try {
      const more = contactIds(dialog, "more");
      const ontario = en.contacts
        .filter((c) => c.region === "CA-ON" && c.audiences.length === 0)
        .map((c) => c.id);
      expect(ontario.length).toBeGreaterThan(0);
      for (const id of ontario) expect(more).toContain(id);
      // No other province's lines.
      expect(more).not.toContain("bc-octip");
      for (const li of dialog.querySelectorAll(".lantern-section-more [data-contact]")) {
        const contact = en.contacts.find((c) => c.id === li.getAttribute("data-contact")) as Contact;
        expect(Boolean(li.querySelector(":scope > .lantern-verified-checkBeforeUse"))).toBe(
          contact.confidence === "medium",
        );
        if (contact.confidence === "medium") {
          expect(textOf(li)).toContain("This may be out of date. Last checked: November 28, 2026.");
        }
      }
      // Opted in, a sure contact's dated note comes back, marked on its own.
      const wellness = dialog.querySelector("[data-contact='hope-for-wellness']") as Element;
      const channels = wellness.querySelector(".lantern-channels") as Element;
      expect(textOf(channels)).toContain("You can ask for Cree, Ojibway or Inuktut.");
      expect(textOf(channels.querySelector(".lantern-verified-checkBeforeUse") as Element)).toBe(
        "This may be out of date. Last checked: November 28, 2026.",
      );
      // A line that is not always open says when it is, so nobody calls it in a hurry; 24/7 ones need no hours.
      const limited = dialog.querySelector("[data-contact='on-victim-support-line']") as Element;
      expect(textOf(limited.querySelector(".lantern-hours") as Element)).toBe(
        "Hours Not confirmed: sources disagree. Check before you call.",
      );
      expect(dialog.querySelector("[data-contact='femaide'] .lantern-hours")).toBeNull();
      // National lines stay, 911 first.
      expect(dialog.querySelector("a")?.getAttribute("href")).toBe("tel:911");
      expect(more).toContain("hope-for-wellness");
      expect(dialog.querySelector(".lantern-section-hotline")).not.toBeNull();
    } finally {
      unmount();
    }
  });

  it("lists only national lines, and no medium-confidence ones, for CA", async () => {
    const { dialog, unmount } = await openDialog();
    try {
      const more = contactIds(dialog, "more");
      expect(more).toEqual(["hope-for-wellness"]);
      expect(dialog.querySelector(".lantern-verified-checkBeforeUse")).toBeNull();
      // Nor a sure contact's medium channel (Crime Stoppers' web form) or medium note (Hope for Wellness's languages).
      expect(dialog.querySelector(".lantern-section-tips .lantern-channel-web-form")).toBeNull();
      expect(textOf(dialog)).not.toContain("Cree");
    } finally {
      unmount();
    }
  });

  it("shows the partner's contacts under their own heading, after Lantern's", async () => {
    const { contacts: partner } = parsePartnerContacts(
      [
        {
          id: "town-police",
          name: { en: "Town police", fr: "Police municipale" },
          channels: [{ kind: "phone", value: "905-555-0100" }],
        },
      ],
      "fr",
    );
    const { dialog, events, unmount } = await openDialog({ bundle: fr, partnerContacts: partner });
    try {
      const section = dialog.querySelector(".lantern-section-partner") as Element;
      expect(textOf(section.querySelector("h3") as Element)).toBe(fr.ui["reportButton.partnerHeading"]);
      expect(textOf(section)).toContain("Police municipale");
      const link = section.querySelector("a") as HTMLAnchorElement;
      expect(link.getAttribute("href")).toBe("tel:+19055550100");
      await click(link);
      expect(events.at(-1)?.detail).toEqual({ contact: "town-police", channel: "phone" });
    } finally {
      unmount();
    }
  });

  it("closes with Escape and with Close, returning focus to the button", async () => {
    const { dialog, shadow, unmount } = await openDialog();
    try {
      const trigger = shadow.querySelector(".lantern-cta");
      await act(() => {
        dialog.dispatchEvent(
          new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }),
        );
      });
      await settle();
      expect(dialog.open).toBe(false);
      expect(shadow.activeElement).toBe(trigger);
      await click(trigger);
      expect(dialog.open).toBe(true);
      await click(dialog.querySelector(".lantern-close"));
      expect(dialog.open).toBe(false);
      expect(shadow.activeElement).toBe(trigger);
    } finally {
      unmount();
    }
  });

  it("keeps its own state: opening one report button leaves another closed", async () => {
    const first = mountInShadow("report-button");
    const second = mountInShadow("report-button");
    try {
      await openReport(first.shadow);
      expect(first.shadow.querySelector("dialog")?.open).toBe(true);
      // The other was never opened, so it has no dialog at all, let alone an open one.
      expect(second.shadow.querySelector("dialog")).toBeNull();
    } finally {
      first.unmount();
      second.unmount();
    }
  });
});

describe("report dialog: help in your language", () => {
  for (const bundle of [en, fr, ar]) {
    it(`in ${bundle.locale.code}: closed, right under the hotline's phone, its summary naming every language in its own`, async () => {
      const { dialog, unmount } = await openDialog({ bundle });
      try {
        const section = dialog.querySelector(".lantern-section-languages") as HTMLElement;
        // In the hotline's section, after its phone number (whose note says it has interpreters), before its other
        // channels.
        expect(section.parentElement?.classList).toContain("lantern-section-hotline");
        const before = section.previousElementSibling?.querySelectorAll("a.lantern-channel");
        expect([...(before ?? [])].map((link) => link.getAttribute("href"))).toEqual(["tel:+18339001010"]);
        expect(section.nextElementSibling?.querySelector("a[href^='tel:']")).toBeNull();
        const details = section.querySelector("details") as HTMLDetailsElement;
        expect(details.open).toBe(false);
        const summary = details.querySelector(":scope > summary") as HTMLElement;
        const heading = summary.querySelector(".lantern-help-lines-heading") as HTMLElement;
        expect(textOf(heading)).toBe(bundle.ui["helpLines.heading"]);
        const names = [...summary.querySelectorAll(".lantern-help-line-names > span")];
        expect(
          names.map((name) => [name.getAttribute("lang"), name.getAttribute("dir"), name.textContent]),
        ).toEqual(helpLines.lines.map((line) => [line.lang, line.dir, line.name]));
        // Words apart in the summary's accessible name, not run together.
        expect(textOf(summary)).toBe(
          `${textOf(heading)} ${helpLines.lines.map((line) => line.name).join(" ")}`,
        );
      } finally {
        unmount();
      }
    });
  }

  it("opens to show every line, and cites the lines' sources in the dialog's footer", async () => {
    const { dialog, unmount } = await openDialog();
    try {
      const details = dialog.querySelector(".lantern-section-languages details") as HTMLDetailsElement;
      await click(details.querySelector("summary"));
      expect(details.open).toBe(true);
      expect(
        [...details.querySelectorAll(".lantern-help-line")].map((li) => li.getAttribute("lang")),
      ).toEqual(helpLines.lines.map((line) => line.lang));
      const cited = [...dialog.querySelectorAll(".lantern-footer .lantern-sources a")].map((a) =>
        a.getAttribute("href"),
      );
      expect(cited).toEqual(expect.arrayContaining(helpLines.sources));
    } finally {
      unmount();
    }
  });
});
