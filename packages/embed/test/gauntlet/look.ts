/**
 * How a widget looks, measured in the browser itself: no image library. Screenshots are compared pixel by pixel in a
 * separate blank page (two PNG data URLs drawn on canvases), and layout is checked for horizontal overflow and
 * clipped text inside the shadow root.
 */
import type { ElementHandle, Page } from "playwright-core";
import { g } from "./harness.js";

/** A pixel differs when one of its channels differs by more than this (out of 255): anti-aliasing noise is less. */
export const CHANNEL_TOLERANCE = 16;

/** How far (px) a pixel may be from its match: the same widget at a fractional position is rasterized 1 px off. */
export const SHIFT = 1;
/** The outer frame (px) not compared: it blends with whatever is behind the widget. */
export const EDGE = 2;

let comparator: Page | undefined;

/**
 * A screenshot of the widget in the element `selector` (CSS pixels, animations stopped, no caret): the widget's own
 * box, which is the first element in its shadow root with a background of its own. The host element is the page's
 * (a page may make it inline, as `* { all: unset }` does), and around the report button, a button alone by design,
 * the page shows through.
 */
/** Room left below a card the window grew to hold. */
const BELOW = 16;

export async function shot(page: Page, selector: string): Promise<Buffer> {
  const box = await page.evaluateHandle((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const painted = [...(root?.querySelectorAll("*") ?? [])].find(
      (element) => !/^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(element).backgroundColor),
    );
    return painted ?? root?.firstElementChild ?? document.querySelector(sel);
  }, selector);
  // A card taller than the window would be taken in pieces while the page scrolls, with the sticky quick exit over
  // it and the page's own background below: the window grows to hold it (its width, and so the layout, stay).
  const viewport = page.viewportSize();
  const height = await (box as ElementHandle<Element>).evaluate(
    (element) => element.getBoundingClientRect().bottom,
  );
  if (viewport && height + BELOW > viewport.height)
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) + BELOW });
  try {
    return await (box as ElementHandle<Element>).screenshot({
      animations: "disabled",
      caret: "hide",
      scale: "css",
    });
  } finally {
    await box.dispose();
    if (viewport) await page.setViewportSize(viewport);
  }
}

export interface Difference {
  /** Differing pixels over all pixels of the larger image (a size difference counts as different pixels). */
  fraction: number;
  a: [number, number];
  b: [number, number];
}

/** Compare two PNGs in a blank page of its own, so no host page's script or CSP can touch the comparison. */
export async function difference(a: Buffer, b: Buffer): Promise<Difference> {
  comparator ??= await g.browser.newPage();
  return comparator.evaluate(
    async ([first, second, tolerance, shift, edge]) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [one, two] = await Promise.all([load(first as string), load(second as string)]);
      const width = Math.max(one.naturalWidth, two.naturalWidth);
      const height = Math.max(one.naturalHeight, two.naturalHeight);
      const pixels = (image: HTMLImageElement) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const p = pixels(one);
      const q = pixels(two);
      const same = (i: number, j: number) =>
        Math.abs((p[i] ?? 0) - (q[j] ?? 0)) <= (tolerance as number) &&
        Math.abs((p[i + 1] ?? 0) - (q[j + 1] ?? 0)) <= (tolerance as number) &&
        Math.abs((p[i + 2] ?? 0) - (q[j + 2] ?? 0)) <= (tolerance as number) &&
        Math.abs((p[i + 3] ?? 0) - (q[j + 3] ?? 0)) <= (tolerance as number);
      // A pixel matches if the other image has a matching pixel within `shift` px: the same widget a fraction of a
      // pixel lower on the page is rasterized one pixel off. The outer `edge` px blend with whatever is behind the
      // widget (its border at a fractional position, its rounded corners), so they are not compared.
      let differing = 0;
      let compared = 0;
      for (let y = edge as number; y < height - (edge as number); y++) {
        for (let x = edge as number; x < width - (edge as number); x++) {
          compared++;
          const i = (y * width + x) * 4;
          let found = false;
          for (let dy = -(shift as number); dy <= (shift as number) && !found; dy++) {
            for (let dx = -(shift as number); dx <= (shift as number) && !found; dx++) {
              const yy = y + dy;
              const xx = x + dx;
              if (yy >= 0 && yy < height && xx >= 0 && xx < width) found = same(i, (yy * width + xx) * 4);
            }
          }
          if (!found) differing++;
        }
      }
      return {
        fraction: differing / (compared || 1),
        a: [one.naturalWidth, one.naturalHeight] as [number, number],
        b: [two.naturalWidth, two.naturalHeight] as [number, number],
      };
    },
    [a.toString("base64"), b.toString("base64"), CHANNEL_TOLERANCE, SHIFT, EDGE] as const,
  );
}

/**
 * Layout problems of the widget in `selector`, as readable strings (none: `[]`):
 * - the widget wider than the viewport, or the page scrolling sideways;
 * - an element in the shadow root whose content is wider than its box (horizontal overflow);
 * - text drawn outside the widget (or outside its open dialog), or outside an ancestor that clips it.
 * Visually hidden text (`.lantern-vh`, for screen readers) is skipped: it is clipped on purpose.
 */
export function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    const host = document.querySelector(sel);
    const root = host?.shadowRoot;
    if (!host || !root) return [`${sel}: no shadow root`];
    const viewport = document.documentElement.clientWidth;
    const hostBox = host.getBoundingClientRect();
    const describe = (element: Element) =>
      `${element.localName}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`;
    if (hostBox.right > viewport + 1 || hostBox.left < -1) {
      problems.push(
        `${sel} spans ${hostBox.left.toFixed(0)}–${hostBox.right.toFixed(0)} in a ${viewport}px viewport`,
      );
    }
    if (document.documentElement.scrollWidth > viewport + 1) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${viewport}px`);
    }
    const hidden = (element: Element) => Boolean(element.closest(".lantern-vh"));
    for (const element of root.querySelectorAll("*")) {
      if (hidden(element) || element.getClientRects().length === 0) continue;
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(
          `${describe(element)} overflows sideways: ${element.scrollWidth}px in ${element.clientWidth}px`,
        );
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || hidden(parent) || !(node.textContent ?? "").trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const frame = parent.closest("dialog")?.getBoundingClientRect() ?? hostBox;
      const clippers: DOMRect[] = [];
      for (let ancestor: Element | null = parent; ancestor; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        if (style.overflowX !== "visible") clippers.push(ancestor.getBoundingClientRect());
      }
      for (const box of range.getClientRects()) {
        if (box.width === 0) continue;
        const outside =
          box.left < Math.max(frame.left, 0) - 1 ||
          box.right > Math.min(frame.right, viewport) + 1 ||
          clippers.some((clip) => box.left < clip.left - 1 || box.right > clip.right + 1);
        if (outside) {
          problems.push(
            `text "${(node.textContent ?? "").trim().slice(0, 40)}" in ${describe(parent)} is cut off: ${box.left.toFixed(0)}–${box.right.toFixed(0)} outside ${frame.left.toFixed(0)}–${frame.right.toFixed(0)}`,
          );
          break;
        }
      }
    }
    return problems;
  }, selector);
}
