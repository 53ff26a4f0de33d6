/**
 * What a static host does with Lantern's `_headers` file (Netlify and Cloudflare Pages' format), for servers that
 * stand in for one: the demo's, and the test that serves the self-host archive as a partner would.
 */

/**
 * Netlify-style `_headers`: a path pattern line, then indented `Name: value` lines.
 * @param {string} text the file's text
 * @returns {(path: string) => Record<string, string>} the headers for a request path (`/lantern/v1/embed.js`),
 *   names in lower case
 */
export function parseHeaders(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!line.startsWith(" ")) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name = "", ...value] = line.trim().split(":");
      const rule = rules.at(-1);
      if (rule) rule.headers[name.toLowerCase()] = value.join(":").trim();
    }
  }
  return (path) => {
    /** @type {Record<string, string>} */
    const headers = {};
    for (const rule of rules) {
      const prefix = rule.pattern.replace(/\*$/, "");
      if (rule.pattern.endsWith("*") ? path.startsWith(prefix) : path === rule.pattern)
        Object.assign(headers, rule.headers);
    }
    return headers;
  };
}
