/**
 * First-paint modules, `first/<lang>/<widget>.js`: each content widget's markup with default settings, rendered at
 * build time by the very component, bundle and mount the browser uses later (Preact into happy-dom's DOM), so that
 * the component can take it over with `hydrate` when someone uses the widget (src/chunks/first.ts). The markup is
 * kept as the DOM Preact built, node for node, not as HTML to parse: the page may enforce Trusted Types, and
 * hydration expects Preact's own nodes.
 *
 * The build fails, naming the widget, on anything the first paint could not reproduce faithfully: a problem
 * reported while rendering, an inline style (a strict CSP forbids it), a node that is neither element nor text, or
 * a select whose default is not its first option (hydration does not set `value`).
 */
import { addMonths, FRESHNESS } from "@lantern/sdk";
import { mountComponent } from "@lantern/widgets/mount";
import { build } from "esbuild";
import { Window } from "happy-dom";
import { virtualEntries } from "./entries.mjs";

/** A DOM node as first.ts builds it: text, or [tag, [name, value…], ...children]. */
function markup(node, where) {
  if (node.nodeType === 3) return node.data;
  if (node.nodeType !== 1)
    throw new Error(`${where}: a node of type ${node.nodeType} cannot be first-painted`);
  const attributes = [];
  for (const { name, value } of node.attributes) {
    if (name === "style") throw new Error(`${where}: an inline style would break a strict CSP`);
    attributes.push(name, value);
  }
  if (node.localName === "select" && node.selectedIndex > 0)
    throw new Error(
      `${where}: a select's default must be its first option (hydration does not set its value)`,
    );
  return [node.localName, attributes, ...[...node.childNodes].map((child) => markup(child, where))];
}

/** The markup widget `name` renders in `bundle` with the settings of an element without attributes. */
export function renderFirst(name, View, bundle) {
  const window = new Window();
  const host = window.document.createElement("div");
  window.document.body.append(host);
  const root = host.attachShadow({ mode: "open" });
  const problems = [];
  // As chunks/mount.ts calls it for an element with no settings, on a page without a quick exit.
  mountComponent(name, View, root, {
    bundle,
    attributes: {},
    eventTarget: host,
    loadDialogContent: async () => {
      throw new Error("not at build time");
    },
    onProblem: (problem) => problems.push(`${problem.field}: ${problem.message}`),
  });
  const where = `first paint of ${name} (${bundle.locale.code})`;
  if (problems.length) throw new Error(`${where}: ${problems.join("; ")}`);
  const container = root.querySelector(".lantern-mount");
  const result = [...container.childNodes].map((node) => markup(node, where));
  window.close();
  return result;
}

/**
 * The first day a contact listed in `tree` (a `data-contact` in the markup) is past the freshness policy's failure
 * limit, or "" when the markup lists none: from that day the first paint gives way to the component (chunks/first.ts).
 */
function staleFrom(bundle, tree) {
  const markup = JSON.stringify(tree);
  const dates = (bundle.contacts ?? [])
    .filter((contact) => contact.lastVerified && markup.includes(`"data-contact","${contact.id}"`))
    .map((contact) => addMonths(contact.lastVerified, FRESHNESS.failAfterMonths))
    .sort();
  return dates[0] ?? "";
}

/**
 * Writes first/<lang>/<widget>.js for every content widget and reviewed locale. Each file stands alone (runtime,
 * CSS and markup, no import), so the first paint is one request after the loader.
 * @param {{ out: string, parts: Record<string, Record<string, object>>, components: Record<string, [string, string]>, common: object, files: Record<string, { wake: string[], dialog: string[] }> }} options
 *   components: each widget's [View export, styles export] in @lantern/widgets/<widget>; files: each widget's
 *   chunk files, those waking it imports and those its report dialog imports after that
 */
export async function buildFirst({ out, parts, components, common, files }) {
  const entries = [];
  for (const [lang, byWidget] of Object.entries(parts)) {
    for (const [name, bundle] of Object.entries(byWidget)) {
      const { [components[name][0]]: View, [components[name][1]]: css } = await import(
        `@lantern/widgets/${name}`
      );
      const tree = renderFirst(name, View, bundle);
      entries.push({ lang, name, tree, css, staleFrom: staleFrom(bundle, tree) });
    }
  }
  await build({
    ...common,
    entryPoints: entries.map(({ lang, name }) => ({
      in: `first:${lang}/${name}`,
      out: `first/${lang}/${name}`,
    })),
    outdir: out,
    format: "esm",
    plugins: [
      virtualEntries("first", (path) => {
        const { name, tree, css, staleFrom } = entries.find(
          (entry) => `${entry.lang}/${entry.name}` === path,
        );
        // The CSS as a string, not imported from @lantern/widgets: that import would bring Preact along. The
        // widget's first-render CSS only, as its chunk adopts: the report dialog adopts its own when it opens.
        return `import { first } from "./first.ts";
export const mount = first(${JSON.stringify(name)}, ${JSON.stringify(tree)}, ${JSON.stringify(css)}, ${JSON.stringify(files[name])}, ${JSON.stringify(staleFrom)});`;
      }),
    ],
  });
}
