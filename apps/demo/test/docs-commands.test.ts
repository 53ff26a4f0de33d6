/**
 * Every command the documentation shows works: the lines of each ```sh block and each `pnpm …` in the text of the
 * READMEs, CONTRIBUTING.md and the guides (every tracked Markdown file but changesets and changelogs). Each is
 * checked against the workspace: the package a `--filter` names, the script `pnpm <script>` runs (and the pnpm
 * commands inside that script), the binary `pnpm exec` or a bare command needs, the subcommand a CLI offers. The
 * fast ones also run: the content CLI as content/README.md tells editors, `pnpm changeset status` with the first
 * release it plans, and `pnpm start`'s server on a port already taken. The slow ones (`pnpm test`, `pnpm bench`…)
 * are what CI runs anyway.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

interface Workspace {
  name: string;
  dir: string;
  private: boolean;
  version: string;
  scripts: Record<string, string>;
  bin: Record<string, string>;
  packageManager: string | undefined;
}
const readPackage = (dir: string): Workspace => {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const bin = typeof pkg.bin === "string" ? { [pkg.name.split("/").pop()]: pkg.bin } : (pkg.bin ?? {});
  return {
    name: pkg.name,
    dir,
    private: Boolean(pkg.private),
    version: pkg.version,
    scripts: pkg.scripts ?? {},
    bin,
    packageManager: pkg.packageManager,
  };
};
const rootPackage = readPackage(root);
/** The workspace's packages, from pnpm-workspace.yaml's `packages:` globs (`dir/*` or `dir`). */
const workspaces = new Map<string, Workspace>();
for (const glob of readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").matchAll(/^ {2}- (\S+)$/gm)) {
  const pattern = glob[1] as string;
  const dirs = pattern.endsWith("/*")
    ? execFileSync("git", ["ls-files", "--", `${pattern.slice(0, -2)}/*/package.json`], {
        cwd: root,
        encoding: "utf8",
      })
        .split("\n")
        .filter((file) => /^[^/]+\/[^/]+\/package\.json$/.test(file))
        .map((file) => join(root, dirname(file)))
    : [join(root, pattern)];
  for (const dir of dirs)
    if (existsSync(join(dir, "package.json"))) workspaces.set(readPackage(dir).name, readPackage(dir));
}

/** The package a folder belongs to: the nearest package.json up from it. */
function packageAt(dir: string): Workspace {
  for (let at = dir; at.startsWith(root); at = dirname(at)) {
    if (existsSync(join(at, "package.json"))) return readPackage(at);
  }
  return rootPackage;
}

/** Guides whose commands say they run from the repository root, though they live in a package's folder. */
const FROM_ROOT = new Set(["packages/embed/test/gauntlet/README.md", "bench/README.md"]);

interface Command {
  line: string;
  /** file:line, for the message. */
  where: string;
  cwd: string;
}

const docs = execFileSync("git", ["ls-files", "*.md"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => file && !file.startsWith(".changeset/") && !file.endsWith("CHANGELOG.md"));

/** The commands in one Markdown file: ```sh block lines, and inline `pnpm …` (or `PORT=… pnpm …`) spans. */
function commandsIn(file: string): Command[] {
  const cwd = FROM_ROOT.has(file) ? root : packageAt(join(root, dirname(file))).dir;
  const commands: Command[] = [];
  let block = false;
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .forEach((text, index) => {
      const where = `${file}:${index + 1}`;
      if (/^\s*```/.test(text)) {
        block = !block && /^\s*```(sh|bash|shell)\s*$/.test(text);
        return;
      }
      if (block) {
        const line = text.replace(/\s+#.*$/, "").trim();
        if (line) commands.push({ line, where, cwd });
        return;
      }
      for (const [, span] of text.matchAll(/`((?:[A-Z_]+=\S+ )*pnpm [^`]+)`/g)) {
        // "`pnpm exec`" named as a tool in a sentence is not a command to run.
        if (span && span !== "pnpm exec") commands.push({ line: span, where, cwd });
      }
    });
  return commands;
}

/** The binaries a package can run: its own node_modules/.bin, then the workspace root's. */
const hasBinary = (dir: string, name: string) =>
  [dir, root].some((at) => existsSync(join(at, "node_modules/.bin", name)));
/** A workspace package's `bin` by its command name. */
const binOf = (name: string) => [...workspaces.values()].find((pkg) => pkg.bin[name]);
const cliHelp = new Map<string, string>();
/** The usage text of a workspace CLI, if it is built (the demo's build comes after the SDK's, not the print's). */
function helpOf(name: string): string | undefined {
  const pkg = binOf(name);
  const file = pkg && join(pkg.dir, pkg.bin[name] as string);
  if (!file || !existsSync(file)) return undefined;
  if (!cliHelp.has(name)) {
    const result = spawnSync(process.execPath, [file, "--help"], { encoding: "utf8" });
    cliHelp.set(name, `${result.stdout}${result.stderr}`);
  }
  return cliHelp.get(name);
}

/** What is wrong with one documented command line, if anything. */
function problemsOf(line: string, start: string, depth = 0): string[] {
  const problems: string[] = [];
  let cwd = start;
  for (const part of line.split(/\s*&&\s*/)) {
    const words = part.split(/\s+/);
    while (words[0] && /^[A-Z_]+=/.test(words[0])) words.shift();
    const [tool, ...args] = words;
    if (tool === "cd") {
      cwd = resolve(cwd, args[0] ?? "");
      if (!existsSync(cwd)) problems.push(`cd ${args[0]}: no such folder`);
    } else if (tool === "pnpm") problems.push(...pnpmProblems(args, cwd, depth));
    else if (tool === "npm" || tool === "npx") problems.push(...npmProblems(args));
    else if (tool === "turbo") {
      for (const task of args.filter((arg) => !arg.startsWith("-")).slice(1))
        if (![...workspaces.values(), rootPackage].some((pkg) => pkg.scripts[task]))
          problems.push(`turbo run ${task}: no package has that script`);
    } else if (tool && binOf(tool)) {
      const help = helpOf(tool);
      const sub = args[0];
      if (help !== undefined && sub && !sub.startsWith("-") && !help.includes(sub))
        problems.push(`${tool} ${sub}: not in \`${tool} --help\``);
    } else if (depth === 0) problems.push(`${tool}: not a command of this workspace, pnpm or npm`);
  }
  return problems;
}

function pnpmProblems(args: string[], cwd: string, depth: number): string[] {
  const [first, second, ...rest] = args;
  if (first === "--filter" || first === "-F") {
    const pkg = workspaces.get(second?.replace(/\.\.\.$/, "") ?? "");
    if (!pkg) return [`--filter ${second}: no such workspace package`];
    return pnpmProblems(rest, pkg.dir, depth).map((problem) => `${pkg.name}: ${problem}`);
  }
  if (first === "install" || first === "i") return [];
  if (first === "add")
    return [second, ...rest]
      .filter((name): name is string => Boolean(name) && !name?.startsWith("-"))
      .filter((name) => !workspaces.get(name) || workspaces.get(name)?.private)
      .map((name) => `pnpm add ${name}: not a published workspace package`);
  if (first === "exec")
    return second && hasBinary(cwd, second) ? [] : [`pnpm exec ${second}: no such binary`];
  if (!first) return ["pnpm with nothing to run"];
  const own = packageAt(cwd);
  const script = own.scripts[first] ?? rootPackage.scripts[first];
  if (script === undefined) return [`pnpm ${first}: no such script in ${own.name}`];
  // The pnpm and turbo commands inside the script must work too (one level down is enough for root scripts).
  return depth < 2 ? problemsOf(script, own.dir, depth + 1) : [];
}

function npmProblems(args: string[]): string[] {
  const [command, ...rest] = args;
  if (command !== "install" && command !== "i") return [`npm ${command}: only npm install is documented`];
  return rest
    .filter((arg) => !arg.startsWith("-"))
    .flatMap((spec) => {
      if (spec.startsWith("pnpm@"))
        return spec === rootPackage.packageManager
          ? []
          : [`${spec}: the repository pins ${rootPackage.packageManager}`];
      return workspaces.get(spec) && !workspaces.get(spec)?.private
        ? []
        : [`npm install ${spec}: not a published package`];
    });
}

// These start pnpm, Node and git; on a shared, busy 2-core machine that alone can pass the 60 s default. The limit only
// catches a hang: the tests assert what works, never how fast.
describe("documented commands", { timeout: 180_000 }, () => {
  const commands = docs.flatMap(commandsIn);

  it("finds the commands of README.md, CONTRIBUTING.md and the package READMEs", () => {
    const files = new Set(commands.map((command) => command.where.split(":")[0]));
    for (const file of [
      "README.md",
      "CONTRIBUTING.md",
      "packages/widgets/README.md",
      "packages/sdk/README.md",
    ])
      expect([...files]).toContain(file);
  });

  it("each names a package, script, binary or subcommand that exists", () => {
    const problems = commands.flatMap(({ line, where, cwd }) =>
      problemsOf(line, cwd).map(
        (problem) => `${where} \`${line}\` (in ${relative(root, cwd) || "."}): ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("control: a misspelt script, package or binary is reported", () => {
    expect(problemsOf("pnpm strat", root)).toEqual(["pnpm strat: no such script in lantern"]);
    expect(problemsOf("pnpm --filter @lantern/dmeo start", root)).toEqual([
      "--filter @lantern/dmeo: no such workspace package",
    ]);
    expect(problemsOf("pnpm exec vitset run", join(root, "packages/widgets"))).toEqual([
      "pnpm exec vitset: no such binary",
    ]);
    expect(problemsOf("npm install --global pnpm@11.0.0", root)).toEqual([
      `pnpm@11.0.0: the repository pins ${rootPackage.packageManager}`,
    ]);
  });
});

describe("documented commands that run in seconds", { timeout: 180_000 }, () => {
  const pnpm = (args: string[], cwd = root) =>
    spawnSync("pnpm", args, { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });

  it("the content CLI, as content/README.md tells editors: validate and report from the repository root", () => {
    for (const command of ["validate", "report"]) {
      // On a fixed day: editors run these on the real date, and the freshness policy then fails content a year
      // after its last check (tested in the SDK); this test is about the commands, and must not fail on a date.
      const result = pnpm(["--filter", "@lantern/sdk", "lantern-content", command, "--today", "2026-12-06"]);
      expect(result.status, `${command}: ${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it("pnpm changeset status passes, and the first release of each package is the version it was given", () => {
    const dir = mkdtempSync(join(tmpdir(), "lantern-changesets-"));
    try {
      const out = join(dir, "plan.json");
      const result = pnpm(["changeset", "status", `--output=${out}`]);
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
      const plan = JSON.parse(readFileSync(out, "utf8")) as {
        releases: { name: string; type: string; oldVersion: string; newVersion: string }[];
      };
      // A package not yet released carries its first version with a -0 tag (see .changeset/README.md): the
      // release must give exactly that version, and a published package must never go out as a prerelease.
      const unreleased = [...workspaces.values()].filter(
        (pkg) => !pkg.private && !existsSync(join(pkg.dir, "CHANGELOG.md")),
      );
      for (const pkg of unreleased) {
        const release = plan.releases.find((entry) => entry.name === pkg.name);
        expect(pkg.version, `${pkg.name}: its first version, with -0 until it is released`).toMatch(/-0$/);
        expect(release?.newVersion, `${pkg.name}: the first release`).toBe(pkg.version.replace(/-0$/, ""));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("pnpm start on a port already taken says so and how to pick another (PORT)", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = spawnSync(process.execPath, ["scripts/serve.mjs"], {
        cwd: join(root, "apps/demo"),
        encoding: "utf8",
        env: { ...process.env, PORT: String(port) },
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain(`PORT=${port + 1} pnpm start`);
      expect(result.stderr).not.toContain("EADDRINUSE");
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});
