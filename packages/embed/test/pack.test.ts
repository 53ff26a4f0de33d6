/**
 * The packages as a developer gets them from npm: `pnpm pack` each published package, install the tarballs into a
 * plain npm project (no workspace, no pnpm), and use them there. A React 19 file and a Preact file that use every
 * `<lantern-*>` element with its attributes typecheck, and a misspelt attribute value is a type error in both (the
 * `@ts-expect-error` lines fail the typecheck if it is not). The embed's tarball carries the CDN files once.
 *
 * npm fetches the third-party packages (typescript, React's types, preact, zod…) from the registry, preferring its
 * cache; the Lantern packages come from the tarballs only.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const PUBLISHED = ["sdk", "widgets", "embed"] as const;
/** The version the repository installed of a third-party package (a root dependency, or hoisted by pnpm). */
const versionOf = (name: string) => {
  const at = ["node_modules", "node_modules/.pnpm/node_modules"]
    .map((folder) => join(root, folder, name, "package.json"))
    .find((file) => existsSync(file));
  if (!at) throw new Error(`${name} is not installed in the repository: run pnpm install`);
  return JSON.parse(readFileSync(at, "utf8")).version as string;
};

let dir: string;
const tarballs: Record<string, string> = {};

function run(command: string, args: string[], cwd = dir): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Typecheck `files` with the project's own TypeScript; "" when clean, else the compiler's report. */
function typecheck(config: Record<string, unknown>, files: string[]): string {
  const name = `tsconfig.${files[0]}.json`;
  writeFileSync(
    join(dir, name),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
        noEmit: true,
        // The published .d.ts files are checked too, as a strict project would.
        skipLibCheck: false,
        ...config,
      },
      files,
    }),
  );
  try {
    run(process.execPath, [join(dir, "node_modules/typescript/bin/tsc"), "-p", name]);
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout || error);
  }
}

/** Every element with every attribute it reads, then the mistakes a developer makes. */
const USES = (className: string) => `
export const page = (
  <main lang="fr">
    <lantern-quick-exit exit-url="https://weather.gc.ca/" lang="fr-CA" />
    <lantern-warning-signs region="CA-ON" audience="youth" variant="compact" heading-level={3} ${className}="x" />
    <lantern-report-button region="CA" audience="hospitality" config="lantern-config" />
    <lantern-at-risk heading-level="4" audience="workers" />
    <lantern-myths-facts variant="full" lang="ar" allow-draft />
    <lantern-help-directory region="CA-BC" audience="general" />
  </main>
);
// @ts-expect-error a misspelt variant
export const variant = <lantern-warning-signs variant="compakt" />;
// @ts-expect-error a region that does not exist
export const region = <lantern-help-directory region="CA-ONT" />;
// @ts-expect-error an audience that does not exist
export const audience = <lantern-at-risk audience="teens" />;
// @ts-expect-error quick exit goes to https: addresses only
export const exit = <lantern-quick-exit exit-url="http://weather.gc.ca/" />;
// @ts-expect-error headings stop at 6
export const level = <lantern-myths-facts heading-level={7} />;
`;

describe("the packed packages, installed into a plain npm project", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lantern-pack-"));
    for (const name of PUBLISHED) {
      const out = run("pnpm", ["pack", "--pack-destination", dir, "--json"], join(root, "packages", name));
      tarballs[name] = JSON.parse(out.slice(out.indexOf("{"))).filename as string;
    }
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        name: "partner-app",
        private: true,
        type: "module",
        dependencies: {
          ...Object.fromEntries(PUBLISHED.map((name) => [`@lantern/${name}`, `file:${tarballs[name]}`])),
          // The widgets' peers, and what a React 19 or Preact project has; the versions the repository uses.
          preact: versionOf("preact"),
          "@preact/signals": versionOf("@preact/signals"),
          "@types/react": versionOf("@types/react"),
          typescript: versionOf("typescript"),
        },
      }),
    );
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
    // A developer's own bundles, built by the installed CLI outside the SDK.
    run(join(dir, "node_modules/.bin/lantern-content"), [
      "build",
      "--content",
      join(root, "content"),
      "--out",
      "gen",
    ]);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the embed's tarball carries the CDN files once, and types for its entries", () => {
    const files = run("tar", ["tzf", tarballs.embed as string])
      .split("\n")
      .filter(Boolean);
    expect(files.filter((file) => file.endsWith("/embed.js"))).toEqual(["package/dist/cdn/v1/embed.js"]);
    expect(files.filter((file) => file.endsWith(".tar.gz"))).toEqual([]);
    for (const entry of ["index", "react", "preact", "files"])
      expect(files).toEqual(
        expect.arrayContaining([`package/dist/${entry}.js`, `package/dist/${entry}.d.ts`]),
      );
  });

  it("every entry imports in Node, and @lantern/embed/files is the folder to serve", () => {
    const script = `
      const embed = await import("@lantern/embed");
      await import("@lantern/embed/react");
      await import("@lantern/embed/preact");
      const { filesDir } = await import("@lantern/embed/files");
      const manifest = (await import("@lantern/embed/manifest.json", { with: { type: "json" } })).default;
      const sdk = await import("@lantern/sdk");
      const widgets = await import("@lantern/widgets");
      const { existsSync } = await import("node:fs");
      console.log(JSON.stringify({
        elements: embed.LANTERN_ELEMENTS,
        served: ["embed.js", "manifest.json", "widgets/warning-signs.js"].every((file) => existsSync(filesDir + file)),
        version: manifest.version,
        sdk: typeof sdk.contacts,
        widgets: typeof widgets.mountWidget,
      }));`;
    const result = JSON.parse(run(process.execPath, ["--input-type=module", "-e", script]));
    expect(result).toEqual({
      elements: [
        "lantern-warning-signs",
        "lantern-report-button",
        "lantern-at-risk",
        "lantern-myths-facts",
        "lantern-help-directory",
        "lantern-quick-exit",
      ],
      served: true,
      version: JSON.parse(readFileSync(join(root, "packages/embed/package.json"), "utf8")).version,
      sdk: "function",
      widgets: "function",
    });
  });

  describe("typechecked together (one compiler run; each file picks its JSX with a pragma)", () => {
    /** The compiler's report, per file. */
    const errors: Record<string, string[]> = {};
    /** The files typechecked, by name. */
    const files: Record<string, string> = {};
    beforeAll(() => {
      Object.assign(files, {
        "react.tsx": `import "@lantern/embed/react";\n${USES("className")}`,
        "preact.tsx": `/** @jsxImportSource preact */\nimport "@lantern/embed/preact";\n${USES("class")}`,
        // The control: the same Preact file without the expected-error marks must report each mistake.
        "control.tsx": `/** @jsxImportSource preact */\nimport "@lantern/embed/preact";\n${USES("class").replaceAll("// @ts-expect-error", "//")}`,
        "dom.ts": `import type { LanternRegion } from "@lantern/embed";
// Without the map these would be Element | null and Element, not assignable to HTMLElement.
export const exit: HTMLElement | null = document.querySelector("lantern-quick-exit");
export const signs: HTMLElement = document.createElement("lantern-warning-signs");
export const region: LanternRegion = "CA-ON";
`,
        // Bundles from "lantern-content build --out gen" are typed (an any would take the number).
        "built.ts": `import en from "./gen/content/en.js";
export const code: string = en.locale.code;
// @ts-expect-error a string, not any
export const wrong: number = en.locale.code;
`,
      });
      // The widgets README's examples, as written; what they take from around them is declared first.
      const readme = readFileSync(join(root, "packages/widgets/README.md"), "utf8");
      const around: Record<string, string> = {
        host: "HTMLElement",
        shadow: "ShadowRoot",
        partnerContacts: 'import("@lantern/sdk").Contact[]',
        loadDialogContent: '() => Promise<import("@lantern/widgets").DialogContent>',
      };
      [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].forEach(([, code = ""], index) => {
        const given = Object.entries(around).filter(([name]) => !new RegExp(`const ${name}\\b`).test(code));
        files[`widgets-readme-${index + 1}.ts`] =
          `${code}\n${given.map(([name, type]) => `declare const ${name}: ${type};`).join("\n")}\n`;
      });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const report = typecheck({ jsx: "react-jsx" }, Object.keys(files));
      for (const line of report.split("\n")) {
        const file = /^([\w.-]+)\(\d+,\d+\): error TS/.exec(line)?.[1] ?? "(other)";
        if (line.includes("error TS")) errors[file] = [...(errors[file] ?? []), line];
      }
    }, 300_000);

    it("a React 19 TSX file using every element typechecks, and misspelt values are errors", () => {
      expect(errors["react.tsx"] ?? []).toEqual([]);
    });

    it("a Preact TSX file using every element typechecks, and misspelt values are errors", () => {
      expect(errors["preact.tsx"] ?? []).toEqual([]);
    });

    it("control: without the expected-error marks, each mistake is reported, the misspelt variant by name", () => {
      expect(errors["control.tsx"]).toHaveLength(5);
      expect(errors["control.tsx"]?.join("\n")).toContain(`Type '"compakt"' is not assignable`);
    });

    it("the widgets README's examples typecheck as written (the one-widget pattern included)", () => {
      const examples = Object.keys(files).filter((name) => name.startsWith("widgets-readme-"));
      expect(examples.length).toBeGreaterThanOrEqual(3);
      expect(examples.flatMap((name) => errors[name] ?? [])).toEqual([]);
    });

    it("bundles built outside the SDK with lantern-content build --out are typed", () => {
      expect(errors["built.ts"] ?? []).toEqual([]);
    });

    it("elements are typed in the DOM too (HTMLElementTagNameMap), from the main entry", () => {
      expect(errors["dom.ts"] ?? []).toEqual([]);
      expect(errors["(other)"] ?? []).toEqual([]);
    });
  });
});
