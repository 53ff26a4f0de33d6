/**
 * The freshness policy: its edges as pure dates, then as `validate` and the report apply it to a content tree. Every
 * test names the day it judges on, so none of them changes verdict as the real calendar moves.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addMonths, FRESHNESS, freshness } from "../src/freshness.js";
import { dueItems } from "../src/node/freshness.js";
import { formatProblem, loadContent } from "../src/node/load.js";
import { contentReport } from "../src/node/report.js";
import { test } from "./workspace.js";

const CLI = fileURLToPath(new URL("../dist/node/cli.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const TODAY = "2026-12-06";

describe("freshness policy", () => {
  it("is six months to re-check and twelve to fail", () => {
    expect(FRESHNESS).toEqual({ warnAfterMonths: 6, failAfterMonths: 12 });
  });

  it("adds calendar months, clamped to the end of a shorter month", () => {
    expect(addMonths("2026-11-28", 6)).toBe("2027-05-28");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-11-28", -13)).toBe("2025-10-28");
    expect(addMonths("28/11/2026", 6)).toBeUndefined();
  });

  it("warns from the day six months on, and fails from the day twelve months on", () => {
    const verified = "2026-11-28";
    expect(freshness(verified, "2027-05-27")).toBe("fresh");
    expect(freshness(verified, "2027-05-28")).toBe("due");
    expect(freshness(verified, "2027-06-28")).toBe("due"); // 7 months
    expect(freshness(verified, "2027-11-27")).toBe("due");
    expect(freshness(verified, "2027-11-28")).toBe("stale");
    expect(freshness(verified, "2027-12-28")).toBe("stale"); // 13 months
  });

  it("takes other limits, and never calls an unreadable date fresh", () => {
    const policy = { warnAfterMonths: 3, failAfterMonths: 4 };
    expect(freshness("2026-11-28", "2027-02-27", policy)).toBe("fresh");
    expect(freshness("2026-11-28", "2027-02-28", policy)).toBe("due");
    expect(freshness("2026-11-28", "2027-03-28", policy)).toBe("stale");
    expect(freshness("last spring", TODAY)).toBe("stale");
  });

  it("lists due facts oldest first, with their sources", () => {
    const items = dueItems(
      [
        { kind: "sign", id: "b", lastVerified: "2026-05-01", sources: ["https://b.example"] },
        { kind: "contact", id: "fresh", lastVerified: "2026-11-01", sources: [] },
        { kind: "contact", id: "a", lastVerified: "2025-11-01", sources: ["https://a.example"] },
      ],
      TODAY,
    );
    expect(items).toEqual([
      {
        kind: "contact",
        id: "a",
        lastVerified: "2025-11-01",
        state: "stale",
        staleFrom: "2026-11-01",
        sources: ["https://a.example"],
      },
      {
        kind: "sign",
        id: "b",
        lastVerified: "2026-05-01",
        state: "due",
        staleFrom: "2027-05-01",
        sources: ["https://b.example"],
      },
    ]);
  });
});

describe("validate with the freshness policy", { timeout: 60_000 }, () => {
  const CONTACTS = "facts/contacts.yaml";
  // The fixture's hotline is on line 25, 911 on line 12, both verified 2026-11-28.
  const age = (root: string, options: { enforce: boolean; today?: string }) =>
    loadContent(root, { freshness: { today: options.today ?? TODAY, enforce: options.enforce } });

  test("fails on a fact verified 13 months back and warns on one verified 7 months back", ({ workspace }) => {
    workspace.edit(CONTACTS, 'lastVerified: "2026-11-28"', 'lastVerified: "2025-11-06"');
    workspace.edit(
      CONTACTS,
      'lastVerified: "2026-11-28"\n  on-victim',
      'lastVerified: "2026-05-06"\n  on-victim',
    );
    const { content, problems } = age(workspace.root, { enforce: true });
    expect(content).toBeUndefined();
    expect(problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      "content/facts/contacts.yaml:12 contacts.emergency-911.lastVerified: last verified 2025-11-06, more than 12 months ago: too old to ship unchecked (check its sources again, then write today's date, or remove it)",
    ]);
    expect(problems.filter((p) => p.severity === "warning").map(formatProblem)).toContain(
      "content/facts/contacts.yaml:25 contacts.ca-human-trafficking-hotline.lastVerified: last verified 2026-05-06, more than 6 months ago: due for re-checking (check its sources again, then write today's date; it fails from 2027-05-06)",
    );
  });

  test("judges the exact edges: the day before each limit passes, the day itself does not", ({
    workspace,
  }) => {
    const verdict = (today: string) =>
      age(workspace.root, { enforce: true, today })
        .problems.filter((p) => p.path === "contacts.emergency-911.lastVerified")
        .map((p) => p.severity);
    expect(verdict("2027-05-27")).toEqual([]);
    expect(verdict("2027-05-28")).toEqual(["warning"]);
    expect(verdict("2027-11-27")).toEqual(["warning"]);
    expect(verdict("2027-11-28")).toEqual(["error"]);
  });

  test("build's mode only warns, and loading without the option ignores the calendar", ({ workspace }) => {
    workspace.edit(CONTACTS, 'lastVerified: "2026-11-28"', 'lastVerified: "2020-01-01"');
    const built = age(workspace.root, { enforce: false });
    expect(built.content).toBeDefined();
    expect(built.problems.find((p) => p.path === "contacts.emergency-911.lastVerified")?.severity).toBe(
      "warning",
    );
    expect(loadContent(workspace.root).problems.some((p) => p.message.includes("months ago"))).toBe(false);
  });

  test("the CLI: validate fails past the limit, build still builds, --fail-after moves the limit", ({
    workspace,
  }) => {
    workspace.edit(CONTACTS, 'lastVerified: "2026-11-28"', 'lastVerified: "2025-11-06"');
    const failed = run("validate", "--content", workspace.root, "--today", TODAY);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("contacts.emergency-911.lastVerified: last verified 2025-11-06");
    expect(run("validate", "--content", workspace.root, "--today", TODAY, "--fail-after", "14").status).toBe(
      0,
    );
    expect(run("validate", "--content", workspace.root, "--today", "2026-13-45x").status).toBe(2);
    const out = `${workspace.root}/../out`;
    const built = run("build", "--content", workspace.root, "--today", TODAY, "--out", out);
    expect(built.status).toBe(0);
    expect(built.stdout).toContain("too old to ship unchecked");
  });

  test("the report lists what is due, oldest first, with sources, and exits 1 when any is stale", ({
    workspace,
  }) => {
    workspace.edit(CONTACTS, 'lastVerified: "2026-11-28"', 'lastVerified: "2025-11-06"');
    workspace.edit(
      CONTACTS,
      'lastVerified: "2026-11-28"\n  on-victim',
      'lastVerified: "2026-05-06"\n  on-victim',
    );
    const loaded = age(workspace.root, { enforce: false });
    const report = contentReport(loaded.content as NonNullable<typeof loaded.content>, loaded.problems, {
      today: TODAY,
    });
    expect(report.due).toEqual({
      today: TODAY,
      items: [
        {
          kind: "contact",
          id: "emergency-911",
          lastVerified: "2025-11-06",
          state: "stale",
          staleFrom: "2026-11-06",
          sources: ["https://www.ontario.ca/page/recognizing-human-trafficking"],
        },
        {
          kind: "contact",
          id: "ca-human-trafficking-hotline",
          lastVerified: "2026-05-06",
          state: "due",
          staleFrom: "2027-05-06",
          sources: ["https://canadianhumantraffickinghotline.ca/faq"],
        },
      ],
    });
    const printed = run("report", "--content", workspace.root, "--today", TODAY);
    expect(printed.status).toBe(1);
    expect(printed.stdout).toContain(
      [
        "Due for re-checking on 2026-12-06 (oldest first, with the sources to check): 2",
        "  contact    emergency-911                     last verified 2025-11-06, STALE since 2026-11-06",
        "      https://www.ontario.ca/page/recognizing-human-trafficking",
        "  contact    ca-human-trafficking-hotline      last verified 2026-05-06, stale from 2027-05-06",
        "      https://canadianhumantraffickinghotline.ca/faq",
      ].join("\n"),
    );
  });
});

describe("the release", () => {
  it("runs validate (which applies the policy on the real date) before changeset publish", () => {
    const root = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
    const release: string = root.scripts.release;
    const validate = release.indexOf("lantern-content validate");
    expect(validate).toBeGreaterThan(-1);
    expect(validate).toBeLessThan(release.indexOf("changeset publish"));
  });
});
