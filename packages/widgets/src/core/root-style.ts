/**
 * Quick exit and the report dialog change two things on the host page's root element: `visibility` (to hide the
 * page the instant someone leaves) and `scroll-padding-top` (so a focused control never scrolls under the sticky
 * quick exit). Both must give the page back exactly what it had.
 */

/**
 * Set `property` inline on the page's root element and return a function that puts back the page's own inline
 * value and priority (or removes the property if it had none). Calling the function again does nothing.
 */
export function setRootStyle(doc: Document, property: string, value: string, priority = ""): () => void {
  const style = doc.documentElement.style;
  const before = style.getPropertyValue(property);
  const beforePriority = style.getPropertyPriority(property);
  style.setProperty(property, value, priority);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (before) style.setProperty(property, before, beforePriority);
    else style.removeProperty(property);
  };
}
