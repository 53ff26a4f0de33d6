/**
 * The public widget components: each `*View` with its partner theme checked first. Kept apart from the views so
 * the embed, which checks themes in its partner-configuration chunk, never ships the checker to pages without one.
 */
import type { FunctionComponent } from "preact";
import { useMemo } from "preact/hooks";
import type { WidgetProps } from "./shell.js";
import { resolveTheme } from "./theme.js";

/** `View` with `props.theme` checked by {@link resolveTheme} into `checkedTheme`. */
export function themed<P extends WidgetProps>(
  View: FunctionComponent<P>,
  name: string,
): FunctionComponent<P> {
  const Themed = (props: P) => {
    const checkedTheme = useMemo(
      () => props.checkedTheme ?? resolveTheme(props.theme),
      [props.checkedTheme, props.theme],
    );
    return <View {...props} checkedTheme={checkedTheme} />;
  };
  Themed.displayName = name;
  return Themed;
}
