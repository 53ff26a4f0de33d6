/**
 * Imported first by overrides.ts, so that zod builds its schemas with the page's additions to the built-in
 * prototypes hidden (see prototypes.ts). overrides.ts restores them as soon as its imports have run; if one of them
 * throws, the microtask below still does.
 */
import { hide, restore } from "./prototypes.js";

export const hiddenAtLoad = hide();
queueMicrotask(() => restore(hiddenAtLoad));
