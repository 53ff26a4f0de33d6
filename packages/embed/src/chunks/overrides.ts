/**
 * The partner configuration (`<script type="application/json" data-lantern-config>`): read, parsed and validated
 * here, in a chunk loaded only on pages that have such a block, so the loader stays small everywhere else.
 */
import { parsePartnerConfig } from "@lantern/sdk/overrides";
import { type ResolvedTheme, resolveTheme } from "@lantern/widgets/theme";

// Also for tools on the CDN, such as the demo's snippet configurator, which checks a partner's input in place.
export { parsePartnerConfig };

const parsed = new WeakMap<Element, Record<string, unknown> | undefined>();

export interface PartnerSettings {
  contacts?: unknown[];
  /** The partner's theme, checked against the safety limits; the widget reports its problems. */
  checkedTheme?: ResolvedTheme | undefined;
}

/**
 * @param block The configuration element, or null when the `config="id"` attribute names none.
 * @param id The id the widget asked for, if any, for the message.
 * @param lang The widget's language, to pick localized names.
 * @param warn Reports a problem once, with its fix.
 */
export function readConfig(
  block: Element | null,
  id: string | null,
  lang: string,
  warn: (message: string) => void,
): PartnerSettings {
  if (!block) {
    warn(
      `config: no element with id "${id}": add <script type="application/json" data-lantern-config id="${id}">`,
    );
    return {};
  }
  if (!parsed.has(block)) {
    let value: unknown;
    try {
      value = JSON.parse(block.textContent || "{}");
    } catch (error) {
      warn(`config: the JSON is not valid (${(error as Error).message}): check its commas and quotes`);
    }
    parsed.set(block, value && typeof value === "object" ? (value as Record<string, unknown>) : undefined);
  }
  const config = parsed.get(block);
  if (!config) return {};
  const { contacts, problems } = parsePartnerConfig(config, lang);
  for (const problem of problems) warn(`config ${problem.path}: ${problem.message}`);
  const theme = config.theme;
  return {
    contacts,
    checkedTheme:
      theme && typeof theme === "object"
        ? resolveTheme(theme as Record<string, unknown>)
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
            },
  };
}
