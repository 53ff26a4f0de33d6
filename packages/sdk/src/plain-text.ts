import * as z from "zod/mini";
import { MARKUP_PATTERN } from "./vocabulary.js";

// Apart from schema.ts so that the partner-override entry does not carry every content-file schema: zod schemas
// are built by top-level calls, which bundlers cannot drop even when unused.
/** Plain text for people to read: not empty, no HTML, no surrounding spaces. */
export function plainText(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1, { error: "is empty: write the text, or remove the field" }),
    z.maxLength(max, { error: `is longer than ${max} characters: shorten it` }),
    z.refine((value) => !MARKUP_PATTERN.test(value), {
      error: "must be plain text: remove the HTML markup (it would be shown as text, never run)",
    }),
  );
}
