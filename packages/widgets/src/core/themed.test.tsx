import en from "@lantern/sdk/content/en";
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { WarningSigns, WarningSignsView } from "../warning-signs/warning-signs.js";
import type { ConfigProblem } from "./problems.js";
import { resolveTheme } from "./theme.js";

function mount(node: preact.ComponentChild) {
  const host = document.createElement("div");
  document.body.append(host);
  render(node, host);
  const root = host.querySelector(".lantern") as HTMLElement;
  const done = () => {
    render(null, host);
    host.remove();
  };
  return { root, done };
}

describe("themes: the component checks them, the view takes them checked", () => {
  const theme = { "--lantern-color-accent": "#5b2a86" };

  it("the component checks and applies a raw theme", () => {
    const { root, done } = mount(<WarningSigns bundle={en} theme={theme} />);
    expect(root.getAttribute("style")).toContain("--lantern-color-accent: #5b2a86");
    done();
  });

  it("the view applies a checked theme", () => {
    const { root, done } = mount(<WarningSignsView bundle={en} checkedTheme={resolveTheme(theme)} />);
    expect(root.getAttribute("style")).toContain("--lantern-color-accent: #5b2a86");
    done();
  });

  it("the view never applies a raw theme unchecked: it reports it and keeps the defaults", () => {
    const problems: ConfigProblem[] = [];
    const { root, done } = mount(
      <WarningSignsView bundle={en} theme={theme} onProblem={(problem) => problems.push(problem)} />,
    );
    expect(root.getAttribute("style") ?? "").not.toContain("--lantern-color-accent");
    expect(problems.map((problem) => problem.field)).toEqual(["theme"]);
    done();
  });
});
