/**
 * Where quick exit goes, checked: shared by the quick-exit widget and the report dialog's quick-exit button. Kept in
 * its own module so a content widget can check `exitUrl` without pulling in the quick-exit widget and its CSS.
 */
import type { ConfigProblem } from "./problems.js";

/** Where quick exit goes unless the partner chooses another page: Environment Canada's weather forecast. */
export const DEFAULT_EXIT_URL = "https://weather.gc.ca/";

/**
 * The exit address to use: `exitUrl` if it is a valid `https:` address (a neutral page must not be downgraded or
 * be a `javascript:` URL), otherwise {@link DEFAULT_EXIT_URL}, with the problem reported.
 */
export function checkExitUrl(exitUrl: string | undefined, report: (problem: ConfigProblem) => void): string {
  if (exitUrl === undefined) return DEFAULT_EXIT_URL;
  let url: URL | undefined;
  try {
    url = new URL(exitUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol === "https:") return url.href;
  report({
    field: "exitUrl",
    message: `"${exitUrl}" is not an https: address: write the full address of a neutral page, such as ${DEFAULT_EXIT_URL} (using that one for now)`,
  });
  return DEFAULT_EXIT_URL;
}

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
