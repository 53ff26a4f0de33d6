/**
 * What a page added to `Object.prototype` or `Array.prototype`, hidden while the partner configuration is checked.
 *
 * zod (under `@lantern/sdk/overrides`) walks objects with `for…in`, which also visits inherited enumerable
 * properties: on a page whose scripts add, say, `Object.prototype.extend` (as old libraries did), building its
 * schemas throws, so overrides.js does not load, and parsing rejects every partner contact for an "unknown field".
 * Such properties are made non-enumerable for the length of one synchronous call and restored right after: no page
 * code runs in between. Non-configurable ones cannot be hidden; then the loader reports that overrides.js failed.
 */
export type Hidden = [object, string][];

export function hide(): Hidden {
  const hidden: Hidden = [];
  for (const prototype of [Object.prototype, Array.prototype]) {
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      if (descriptor?.enumerable && descriptor.configurable) {
        Object.defineProperty(prototype, key, { enumerable: false });
        hidden.push([prototype, key]);
      }
    }
  }
  return hidden;
}

/** Make them enumerable again; safe to call twice. */
export function restore(hidden: Hidden): void {
  for (const [prototype, key] of hidden.splice(0))
    Object.defineProperty(prototype, key, { enumerable: true });
}

export function withCleanPrototypes<T>(run: () => T): T {
  const hidden = hide();
  try {
    return run();
  } finally {
    restore(hidden);
  }
}
