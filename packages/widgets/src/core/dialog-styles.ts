/**
 * The report dialog's CSS, apart from the first-render styles: imported only by the dialog's lazily loaded module
 * and by the `widgetStyles` registry, so a widget's first render does not carry it.
 */
import contactsCss from "./contacts.css?inline";
import dialogCss from "./dialog.css?inline";
import helpLinesCss from "./help-lines.css?inline";

/**
 * The report dialog's CSS: the dialog, its sections, contacts and channels, and the "help in your language" lines. The dialog's module adopts it in the
 * widget's shadow root the first time the dialog opens; light-DOM hosts (server rendering, static HTML) get it in
 * `widgetStyles[name]`, which is the widget's own styles plus this.
 */
export const dialogStyles: string = contactsCss + helpLinesCss + dialogCss;
