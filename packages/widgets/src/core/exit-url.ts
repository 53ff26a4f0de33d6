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
