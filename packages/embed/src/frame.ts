/**
 * The iframe page (`frame.html?widget=warning-signs&lang=fr&region=CA-ON`), for CMSs that allow only iframes.
 * It turns the query into a Lantern element and, where the host listens, reports its height with postMessage so
 * the iframe can grow with the widget. Only the height is sent: no content, no personal data.
 */
const params = new URLSearchParams(location.search);
const widget = params.get("widget") || "warning-signs";
const lang = params.get("lang");
if (lang) document.documentElement.lang = lang;

const host = document.createElement("div");
host.setAttribute("data-lantern", widget);
for (const name of ["region", "audience", "variant", "exit-url", "allow-draft"]) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(name, value);
}
document.body.append(host);

if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "lantern:height", widget, height }, "*");
    }
  }).observe(document.body);
}
