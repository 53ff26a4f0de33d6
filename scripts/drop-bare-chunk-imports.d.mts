/** Remove bare chunk imports from every `.js` file under `dist` (the current directory's, by default). */
export function dropBareChunkImports(dist?: string): Promise<void>;
