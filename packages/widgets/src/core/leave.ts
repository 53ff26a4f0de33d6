/**
 * Leaving for the neutral page, shared by the quick-exit widget and the report dialog's quick-exit button. Its own
 * module, apart from exit-url.ts (which every content widget's first render needs), so that only the code that
 * leaves carries it: the quick exit, and the dialog's chunk.
 */
import type { ConfigProblem } from "./problems.js";

/** Reported when a frame may not leave the page around it: the partner can fix that, the person cannot. */
export const FRAME_BLOCKED_PROBLEM: ConfigProblem = {
  field: "sandbox",
  message:
    "quick exit cannot leave the page around this frame: add allow-top-navigation-by-user-activation to the iframe's sandbox attribute",
};

/**
 * Go to `exitUrl` with `location.replace()` (not assign(): the help page leaves the history, so Back goes to the
 * page before it). In a frame (Lantern's iframe page, or a partner page that is itself framed), the page to leave is
 * the top one: leaving only the frame leaves the help around it on screen. A frame may navigate the top page on a
 * click or key press when its sandbox has allow-top-navigation-by-user-activation (or it has no sandbox).
 *
 * @returns false when the browser refused to let this frame leave the top page (it does so at once, with a
 *   SecurityError): the caller must tell the person, who would otherwise believe they had left.
 */
export function leavePage(win: Window | null, exitUrl: string): boolean {
  const top = win && win.top !== win ? win.top : null;
  try {
    (top ?? win)?.location.replace(exitUrl);
    return true;
  } catch (error) {
    if (!top) throw error;
    return false;
  }
}
