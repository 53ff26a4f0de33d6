/**
 * The partner configuration (`<script type="application/json" data-lantern-config>`): read, parsed and validated
 * here, in a chunk loaded only on pages that have such a block, so the loader stays small everywhere else.
 */
// biome-ignore-all assist/source/organizeImports: modules run in import order, and prototypes-hidden.js must run first.
// It hides what the page added to the built-in prototypes before zod (in @lantern/sdk/overrides) builds its schemas.
import { hiddenAtLoad } from "./prototypes-hidden.js";
import { parsePartnerConfig as parse } from "@lantern/sdk/overrides";
import { type ResolvedTheme, resolveTheme } from "@lantern/widgets/theme";
import { restore, withCleanPrototypes } from "./prototypes.js";

restore(hiddenAtLoad);

/** Also for tools on the CDN, such as the demo's snippet configurator, which checks a partner's input in place. */
export const parsePartnerConfig: typeof parse = (input, locale) =>
  withCleanPrototypes(() => parse(input, locale));

export interface PartnerSettings {
  contacts?: unknown[];
  /** The partner's theme, checked against the safety limits; the widget reports its problems. */
  checkedTheme?: ResolvedTheme | undefined;
}

type Config = Record<string, unknown> | undefined;
/** A block's JSON, parsed at once, or later when the page replaced JSON.parse (see parseJson). */
type Parsed = { now: Config } | { later: Promise<Config> };

/** Each block is parsed once per page, however many widgets read it. */
const parsed = new WeakMap<Element, Parsed>();
/** Problems already reported: a configuration is the page's, so each problem is reported once, not per widget. */
const reported = new Set<string>();

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

/**
 * The JSON in the block. With the browser's JSON.parse when it is still the browser's; a page may have replaced it
 * (it is a writable global), and then the browser's own parser is reached through `Response.prototype.json`, which
 * answers later.
 */
function parseJson(block: Element, warn: (message: string) => void): Parsed {
  const text = block.textContent || "{}";
  const object = (value: unknown): Config =>
    value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  const invalid = (error: unknown): Config => {
    const message = String((error as Error)?.message ?? error).replace(/^Failed to execute .*?: /, "");
    warn(`config: the JSON is not valid (${message.slice(0, 200)}): check its commas and quotes`);
    return undefined;
  };
  if (NATIVE.test(Function.prototype.toString.call(JSON.parse))) {
    try {
      return { now: object(JSON.parse(text)) };
    } catch (error) {
      return { now: invalid(error) };
    }
  }
  return { later: new Response(text).json().then(object, invalid) };
}

/**
 * @param block The configuration element, or null when the `config="id"` attribute names none.
 * @param id The id the widget asked for, if any, for the message.
 * @param lang The widget's language, to pick localized names.
 * @param warn Reports a problem, with its fix; each one reaches it once per page.
 * @returns The settings, or a promise of them on a page that replaced JSON.parse only: earlier loaders call this
 * without awaiting it, and a cached one may meet this file on the moving `v1/` URL, so the usual case stays as it was.
 */
export function readConfig(
  block: Element | null,
  id: string | null,
  lang: string,
  warn: (message: string) => void,
): PartnerSettings | Promise<PartnerSettings> {
  const once = (message: string) => {
    if (!reported.has(message)) {
      reported.add(message);
      warn(message);
    }
  };
  if (!block) {
    once(
      `config: no element with id "${id}": add <script type="application/json" data-lantern-config id="${id}">`,
    );
    return {};
  }
  let json = parsed.get(block);
  if (!json) {
    json = parseJson(block, once);
    parsed.set(block, json);
  }
  return "now" in json
    ? settings(json.now, lang, once)
    : json.later.then((config) => settings(config, lang, once));
}

/** Contacts and theme from a parsed configuration, each problem reported once. */
function settings(config: Config, lang: string, once: (message: string) => void): PartnerSettings {
  if (!config) return {};
  const { contacts, problems } = parsePartnerConfig(config, lang);
  for (const problem of problems) once(`config ${problem.path}: ${problem.message}`);
  const theme = config.theme;
  const checkedTheme: ResolvedTheme | undefined =
    theme && typeof theme === "object"
      ? withCleanPrototypes(() => resolveTheme(theme as Record<string, unknown>))
      : theme === undefined
        ? undefined
        : {
            style: {},
            problems: [
              {
                field: "theme",
                message: 'must be an object such as { "--lantern-color-accent": "#5b2a86" }',
              },
            ],
          };
  // The widget reports the theme's problems: only the first widget to read this block gets them.
  return {
    contacts,
    checkedTheme: checkedTheme && {
      ...checkedTheme,
      problems: checkedTheme.problems.filter((problem) => {
        const key = `theme ${problem.field}: ${problem.message}`;
        return !reported.has(key) && Boolean(reported.add(key));
      }),
    },
  };
}
