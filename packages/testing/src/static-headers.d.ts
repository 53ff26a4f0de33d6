/**
 * Netlify-style `_headers`: a path pattern line, then indented `Name: value` lines.
 * @returns the headers for a request path (`/lantern/v1/embed.js`), names in lower case
 */
export function parseHeaders(text: string): (path: string) => Record<string, string>;
