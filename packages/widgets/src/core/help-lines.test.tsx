import { contact, type HelpLines } from "@lantern/sdk";
import helpLines from "@lantern/sdk/content/lines";
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { ar, click, en, mountInShadow, textOf } from "../../test/contract.js";
import { resolveConfig } from "./config.js";
import { WidgetContext, type WidgetContextValue } from "./context.js";
import { HOTLINE_ID } from "./fallback.js";
import { HelpLineList } from "./help-lines.js";

/** The hotline's number as the canonical contact list gives it: the lines must show exactly this. */
const hotlinePhone = contact(en, HOTLINE_ID)?.channels.find((channel) => channel.kind === "phone");

/** The lines as the help directory's `languages` variant shows them, with the list's items by language. */
function mountLines(bundle = en) {
  const mounted = mountInShadow("help-directory", { bundle, attributes: { variant: "languages" } });
  const items = [...mounted.root.querySelectorAll<HTMLLIElement>(".lantern-help-line")];
  return { ...mounted, items, byLang: new Map(items.map((li) => [li.lang, li])) };
}

/** `HelpLineList` for `lines`, alone in a widget's context: for lines that content does not hold today. */
function renderList(lines: HelpLines) {
  const container = document.createElement("div");
  document.body.append(container);
  const context: WidgetContextValue = {
    bundle: en,
    widget: "help-directory",
    config: resolveConfig("help-directory", { variant: "languages" }, en).config,
    partnerContacts: [],
    emit: () => {},
    report: () => {},
    idPrefix: "test",
    loadDialogContent: undefined,
    exitUrl: undefined,
    today: undefined,
  };
  render(
    <WidgetContext.Provider value={context}>
      <HelpLineList lines={lines} />
    </WidgetContext.Provider>,
    container,
  );
  return {
    container,
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

describe("help in your language: the lines", () => {
  it("shows every line in content order, each with its own lang and dir, its own name first", () => {
    const { items, unmount } = mountLines();
    try {
      expect(items.map((li) => li.lang)).toEqual(helpLines.lines.map((line) => line.lang));
      for (const [index, line] of helpLines.lines.entries()) {
        const li = items[index] as HTMLLIElement;
        expect(li.getAttribute("dir"), line.lang).toBe(line.dir);
        const name = li.querySelector(".lantern-help-line-name");
        expect(textOf(li).startsWith(line.name), line.lang).toBe(true);
        expect(name?.textContent).toBe(line.name);
      }
      // Arabic and Urdu are right to left; the content says so, and so must the markup.
      expect(items.filter((li) => li.dir === "rtl").map((li) => li.lang)).toEqual(["ar", "ur"]);
    } finally {
      unmount();
    }
  });

  it("puts the hotline's number, as a tel: link, in a left-to-right isolate in every line, Arabic and Urdu included", () => {
    const { items, byLang, unmount } = mountLines();
    try {
      expect(hotlinePhone?.display).toBe(helpLines.phone.display);
      for (const li of items) {
        const links = [...li.querySelectorAll("a")];
        expect(links, li.lang).toHaveLength(1);
        const link = links[0] as HTMLAnchorElement;
        expect(link.getAttribute("href"), li.lang).toBe(hotlinePhone?.href);
        expect(link.textContent, li.lang).toBe(hotlinePhone?.display);
        const isolate = link.parentElement as HTMLElement;
        expect(isolate.tagName, li.lang).toBe("BDI");
        expect(isolate.getAttribute("dir"), li.lang).toBe("ltr");
      }
      for (const lang of ["ar", "ur"]) {
        const li = byLang.get(lang) as HTMLLIElement;
        expect(li.dir).toBe("rtl");
        expect(li.querySelector(`bdi[dir="ltr"] a[href="${hotlinePhone?.href}"]`), lang).not.toBeNull();
      }
    } finally {
      unmount();
    }
  });

  it("keeps each line's other figures (24/7) in left-to-right isolates too, and the words in the line's order", () => {
    const { items, unmount } = mountLines();
    try {
      for (const [index, line] of helpLines.lines.entries()) {
        const li = items[index] as HTMLLIElement;
        const isolates = [...li.querySelectorAll(".lantern-help-line-text > bdi")];
        const expected = line.parts.flatMap((part) =>
          "digits" in part ? [part.digits] : "phone" in part ? [helpLines.phone.display] : [],
        );
        expect(
          isolates.map((bdi) => bdi.textContent),
          line.lang,
        ).toEqual(expected);
        for (const bdi of isolates) expect(bdi.getAttribute("dir"), line.lang).toBe("ltr");
        const text = line.parts
          .map((part) =>
            "text" in part ? part.text : "digits" in part ? part.digits : helpLines.phone.display,
          )
          .join("");
        expect(li.querySelector(".lantern-help-line-text")?.textContent, line.lang).toBe(text);
      }
    } finally {
      unmount();
    }
  });

  it("marks every draft line in its own language and in English, each with its lang and dir", () => {
    const { root, items, unmount } = mountLines();
    try {
      const drafts = helpLines.lines.filter((line) => line.status === "draft");
      expect(drafts.length).toBeGreaterThan(0);
      const marks = [...root.querySelectorAll(".lantern-help-lines [data-lantern-draft]")];
      expect(marks.map((mark) => mark.getAttribute("data-lantern-draft"))).toEqual(
        drafts.map((line) => line.lang),
      );
      for (const line of drafts) {
        const li = items.find((item) => item.lang === line.lang) as HTMLLIElement;
        const mark = li.querySelector(`[data-lantern-draft="${line.lang}"]`) as HTMLElement;
        const [own, english] = [...mark.querySelectorAll(":scope > span")];
        expect(own?.getAttribute("lang")).toBe(line.lang);
        expect(own?.getAttribute("dir")).toBe(line.dir);
        expect(own?.textContent).toBe(line.draft?.text);
        expect(english?.getAttribute("lang")).toBe("en");
        expect(english?.getAttribute("dir")).toBe("ltr");
        expect(english?.textContent).toBe("Draft translation");
      }
    } finally {
      unmount();
    }
  });

  it("shows no mark on a line a fluent reviewer signed off, and keeps the marks of the others", () => {
    const [first, ...rest] = helpLines.lines;
    if (!first) throw new Error("no lines");
    const { draft: _draft, ...signedOff } = first;
    const lines: HelpLines = {
      ...helpLines,
      lines: [{ ...signedOff, status: "reviewed" }, ...rest],
      review: { reviewed: 1, draft: rest.length },
    };
    const { container, unmount } = renderList(lines);
    try {
      const reviewed = container.querySelector(`li[lang="${first.lang}"]`) as HTMLLIElement;
      expect(textOf(reviewed).startsWith(first.name)).toBe(true);
      expect(reviewed.querySelector("[data-lantern-draft]")).toBeNull();
      expect(textOf(reviewed)).not.toContain("Draft translation");
      expect(textOf(reviewed)).not.toContain(first.draft?.text);
      expect(
        [...container.querySelectorAll("[data-lantern-draft]")].map((mark) =>
          mark.getAttribute("data-lantern-draft"),
        ),
      ).toEqual(rest.map((line) => line.lang));
    } finally {
      unmount();
    }
  });

  it("dispatches lantern:contact for the hotline's phone when a line's number is activated", async () => {
    const { byLang, events, unmount } = mountLines(ar);
    try {
      await click(byLang.get("ur")?.querySelector("a"));
      expect(events.map((event) => [event.type, event.detail])).toEqual([
        ["lantern:contact", { contact: HOTLINE_ID, channel: "phone" }],
      ]);
    } finally {
      unmount();
    }
  });
});
