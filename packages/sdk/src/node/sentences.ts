/** Sentences of `text`: split after . ! ? … where a new sentence starts. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}«“(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
