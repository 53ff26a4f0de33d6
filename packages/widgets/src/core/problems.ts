/**
 * How a widget tells its host about settings it could not use. Kept apart from config parsing so that quick exit,
 * which has no content bundle, can report without pulling in the SDK.
 */

/** One setting that could not be used. The widget still renders, with the safe default for that setting. */
export interface ConfigProblem {
  /** The attribute, prop or theme property: `audience`, `--lantern-color-accent`, `render`. */
  field: string;
  /** What is wrong and how to fix it: `"teens" is not an audience: use one of general, youth, …`. */
  message: string;
}

/**
 * A problem reporter for one widget instance: each distinct problem reaches `onProblem` (or the console, prefixed
 * `Lantern <widget>:`) once, however often the widget re-renders. The set lives per instance, never per module.
 */
export function createReporter(
  widget: string,
  onProblem?: ((problem: ConfigProblem) => void) | undefined,
): (problem: ConfigProblem) => void {
  const seen = new Set<string>();
  return (problem) => {
    const key = `${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    try {
      if (onProblem) onProblem(problem);
      else warnProblem(widget, problem);
    } catch {
      // A partner's handler that throws must not take the widget down with it.
    }
  };
}

/** The default report: one console warning, prefixed with the widget, naming the setting and its fix. */
export function warnProblem(widget: string, problem: ConfigProblem): void {
  console.warn(`Lantern ${widget}: ${problem.field}: ${problem.message}`);
}
