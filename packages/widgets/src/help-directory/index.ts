import contactsCss from "../core/contacts.css?inline";
import helpLinesCss from "../core/help-lines.css?inline";
import { widgetCss } from "../core/styles.js";
import css from "./help-directory.css?inline";

export { HelpDirectory, type HelpDirectoryProps, HelpDirectoryView } from "./help-directory.js";

/**
 * CSS of the help-directory widget's first render, contacts and the "help in your language" lines included (it lists
 * contacts at once, and its `languages` variant the lines), for a constructed stylesheet in its shadow root. Not the
 * rest of the report dialog's (`dialogStyles`): the dialog adopts that in the shadow root itself the first time it
 * opens.
 */
export const helpDirectoryStyles: string = /* @__PURE__ */ widgetCss(contactsCss, helpLinesCss, css);
