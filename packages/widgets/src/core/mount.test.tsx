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
});
