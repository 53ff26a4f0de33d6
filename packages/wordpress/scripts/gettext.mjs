/**
 * Just enough gettext for the plugin's admin UI, so the build needs neither WP-CLI nor GNU gettext: extract the
 * .pot from the PHP and block.json sources, read a .po, write a .mo that WordPress's MO reader loads.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** WordPress's translation functions, with a literal first argument and the text domain "lantern". */
const CALL =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'lantern'\s*\)/g;

function sources(dir, found = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "embed") sources(path, found);
    } else if (name.endsWith(".php") || name === "block.json") found.push(path);
  }
  return found;
}

const quote = (text) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

/** The .pot for every translatable string under `dir`, and the list of ids. */
export function extractPot(dir) {
  const ids = new Map();
  const add = (id, where) => {
    if (!ids.has(id)) ids.set(id, []);
    ids.get(id).push(where);
  };
  for (const path of sources(dir)) {
    const where = relative(dir, path);
    const text = readFileSync(path, "utf8");
    if (path.endsWith("block.json")) {
      // block.json's translatable fields, as WordPress's i18n schema for block metadata lists them.
      const meta = JSON.parse(text);
      for (const value of [meta.title, meta.description, ...(meta.keywords ?? [])])
        if (value) add(value, where);
      continue;
    }
    for (const match of text.matchAll(CALL)) add(match[1].replace(/\\(['\\])/g, "$1"), where);
  }
  const header = [
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Lantern\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: lantern\\n"',
  ].join("\n");
  const body = [...ids].map(
    ([id, places]) => `#: ${[...new Set(places)].join(" ")}\nmsgid ${quote(id)}\nmsgstr ""`,
  );
  return { ids: [...ids.keys()], text: `${header}\n\n${body.join("\n\n")}\n` };
}

const unquote = (text) => JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'")}"`.replace(/\t/g, "\\t"));

/** The entries of a .po file: msgid → msgstr (the header under ""). */
export function parsePo(text) {
  const entries = new Map();
  let id;
  let str;
  let field;
  const flush = () => {
    if (id !== undefined && str !== undefined) entries.set(id, str);
    id = str = field = undefined;
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("msgid ")) {
      flush();
      id = unquote(trimmed.slice(6));
      field = "id";
    } else if (trimmed.startsWith("msgstr ")) {
      str = unquote(trimmed.slice(7));
      field = "str";
    } else if (trimmed.startsWith('"')) {
      if (field === "id") id += unquote(trimmed);
      else if (field === "str") str += unquote(trimmed);
    } else if (trimmed === "" || trimmed.startsWith("#")) {
      if (field === "str") flush();
    }
  }
  flush();
  return entries;
}

/** A little-endian .mo file (GNU gettext's format, revision 0), entries sorted by id as readers expect. */
export function compileMo(entries) {
  const list = [...entries].sort(([a], [b]) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
  const ids = list.map(([id]) => Buffer.from(id));
  const strs = list.map(([, str]) => Buffer.from(str));
  const count = list.length;
  const headerSize = 28;
  const idTable = headerSize;
  const strTable = idTable + count * 8;
  let offset = strTable + count * 8;
  const head = Buffer.alloc(offset);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(count, 8);
  head.writeUInt32LE(idTable, 12);
  head.writeUInt32LE(strTable, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(offset, 24);
  const parts = [head];
  const place = (buffers, table) => {
    buffers.forEach((buffer, index) => {
      head.writeUInt32LE(buffer.length, table + index * 8);
      head.writeUInt32LE(offset, table + index * 8 + 4);
      parts.push(buffer, Buffer.from([0]));
      offset += buffer.length + 1;
    });
  };
  place(ids, idTable);
  place(strs, strTable);
  return Buffer.concat(parts);
}
