import en from "@lantern/sdk/content/en";
import { describe, expect, it } from "vitest";
import { type ConfigProblem, mountWidget, type WidgetName } from "../index.js";

function mountInto(name: string, bundle = en, attributes: Record<string, string> = {}) {
  const host = document.createElement("div");
  document.body.append(host);
  const problems: ConfigProblem[] = [];
  const unmount = mountWidget(name as WidgetName, host, {
    bundle,
    attributes,
    onProblem: (p) => problems.push(p),
  });
  return { host, problems, unmount };
}

describe("mountWidget", () => {
  it("shows the fallback and names the widgets for an unknown name", () => {
    const { host, problems, unmount } = mountInto("warnig-signs");
    expect(problems).toEqual([
      {
        field: "widget",
        message:
          '"warnig-signs" is not a Lantern widget: use one of warning-signs, report-button, at-risk, myths-facts, help-directory',
      },
    ]);
    expect(host.querySelector("a[href='tel:911']")).not.toBeNull();
    unmount();
    expect(host.childNodes).toHaveLength(0);
    host.remove();
  });

  it("shows the fallback at once, 911 at least, when the bundle cannot even be read", () => {
    // Checking region="CA-ON" reads bundle.regions, which this damaged bundle lacks.
    const { host, problems, unmount } = mountInto("help-directory", { regions: null } as never, {
      region: "CA-ON",
    });
    expect(problems[0]?.field).toBe("render");
    expect(host.textContent).toContain("911");
    expect(host.querySelector("a")?.getAttribute("href")).toBe("tel:911");
    unmount();
    host.remove();
  });

  it("unmounts once; a second call is harmless", () => {
    const { host, unmount } = mountInto("at-risk");
    unmount();
    expect(() => unmount()).not.toThrow();
    host.remove();
  });

  it("takes over markup rendered ahead of time with hydrate: the same nodes, now listening", async () => {
    // What the embed's first paint does, in a shadow root as there (ids need no per-mount prefix in one).
    const shadow = () => {
      const host = document.createElement("div");
      document.body.append(host);
      return host.attachShadow({ mode: "open" });
    };
    const ahead = shadow();
    mountWidget("warning-signs", ahead, { bundle: en, attributes: {} });
    const markup = ahead.querySelector(".lantern-mount") as HTMLElement;
    const html = markup.innerHTML;
    const root = shadow();
    const copy = markup.cloneNode(true) as HTMLElement;
    root.append(copy);
    const button = copy.querySelector(".lantern-disclosure-button") as HTMLButtonElement;
    const problems: ConfigProblem[] = [];
    const unmount = mountWidget("warning-signs", root, {
      bundle: en,
      attributes: {},
      hydrate: copy,
      onProblem: (p) => problems.push(p),
    });
    // Nothing was added or rebuilt: the container and its button are the very nodes that were there.
    expect(root.children).toHaveLength(1);
    expect(copy.querySelector(".lantern-disclosure-button")).toBe(button);
    expect(copy.innerHTML).toBe(html);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    button.click();
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    expect(problems).toEqual([]);
    unmount();
    expect(root.childNodes).toHaveLength(0);
  });
});
