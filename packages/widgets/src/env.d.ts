/** A stylesheet's text: Vite and Vitest resolve `?inline` natively, tsup through scripts/css-inline.mjs. */
declare module "*.css?inline" {
  const css: string;
  export default css;
}
