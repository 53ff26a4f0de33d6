/**
 * Turns zod issues into messages a content editor or a partner's web team can act on: the path of the bad field,
 * what is wrong, and the fix (`unknown field "tittle": did you mean "title"?`).
 */
import type * as z from "zod/mini";

/** A path into a document: `["signs", "speaks-for-them", "text"]`. */
export type IssuePath = (string | number)[];

export interface Issue {
  path: IssuePath;
  /** What is wrong and how to fix it, without the path. */
  message: string;
}

/** What to write when a field is missing, for the fields editors most often forget. */
const REQUIRED_HINTS: Record<string, string> = {
  sources: "add at least one https:// URL of a page that states this fact",
  lastVerified: "add the date you last checked the sources, as YYYY-MM-DD",
  confidence: "write high (an official page states it) or medium (secondary or dated source)",
  text: "write the text in this language",
  name: "write the name people will see",
  channels: "add at least one way to reach it: phone, sms, chat, web-form or email",
  value: "write the phone number, short code, address or URL",
  kind: "write phone, sms, chat, web-form or email",
};

/** `speaks-for-them.text`, `channels.0.value`: the dotted form used in every Lantern message. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The candidate closest to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `did you mean "x"?` when a candidate is close, else the list of allowed values. */
export function suggest(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  if (match) return `did you mean "${match}"?`;
  return candidates.length <= 12 ? `use one of: ${candidates.join(", ")}` : "check the spelling";
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  record: "a group of entries keyed by id",
};

type SchemaDef = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
};
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as SchemaDef;

/** The field names an object schema allows at `path`, for "did you mean" on unknown fields. */
function knownKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = () => {
    while (current && defOf(current).innerType) current = defOf(current).innerType;
  };
  for (const key of path) {
    unwrap();
    if (!current) return [];
    const def = defOf(current);
    current =
      def.type === "object"
        ? def.shape?.[String(key)]
        : def.type === "record"
          ? def.valueType
          : def.type === "array"
            ? def.element
            : undefined;
  }
  unwrap();
  return current && defOf(current).shape ? Object.keys(defOf(current).shape ?? {}) : [];
}

/** Plain, fixable messages for every issue zod found in `input`. */
export function describeIssues(
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = knownKeys(schema, path);
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown field "${key}": ${allowed.length ? suggest(key, allowed) : "remove it"}`,
        }));
      }
      case "invalid_type": {
        const value = valueAt(input, path);
        if (value === undefined) {
          const hint = REQUIRED_HINTS[String(path.at(-1))];
          return [{ path, message: hint ? `required: ${hint}` : "required" }];
        }
        return [
          {
            path,
            message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`,
          },
        ];
      }
      case "invalid_value": {
        const allowed = issue.values.map(String);
        const value = valueAt(input, path);
        // A missing enum field is reported by zod as a wrong value: say it is missing and list what to write.
        if (value === undefined) return [{ path, message: `required: write one of ${allowed.join(", ")}` }];
        const given = String(value);
        return [{ path, message: `"${given}" is not allowed: ${suggest(given, allowed)}` }];
      }
      case "invalid_key": {
        const inner = issue.issues[0];
        const key = issue.input !== undefined ? String(issue.input) : undefined;
        const keyPath = key === undefined ? path : [...path, key];
        if (inner?.code === "invalid_value") {
          return [
            {
              path: keyPath,
              message: `"${key}" is not allowed here: ${suggest(String(key), inner.values.map(String))}`,
            },
          ];
        }
        return [
          {
            path: keyPath,
            message: `"${key}" is not a valid key: ${inner?.message ?? "check its spelling"}`,
          },
        ];
      }
      case "invalid_union": {
        // Branch issues are relative to the union; the first branch is the simplest form, so explain that one.
        const first = issue.errors[0]?.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
        return first
          ? describeIssues(schema, first, input)
          : [{ path, message: "does not match any allowed form" }];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}
