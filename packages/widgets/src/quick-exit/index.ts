export {
  checkExitUrl,
  DEFAULT_EXIT_URL,
  mountQuickExit,
  type QuickExitOptions,
  type QuickExitStrings,
  quickExitStrings,
  quickExitStyles,
  SHIFT_PRESSES,
  SHIFT_WINDOW_MS,
} from "./quick-exit.js";
