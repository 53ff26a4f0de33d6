import { PAGES, startDemoServer } from "./server.mjs";

const port = Number(process.env.PORT ?? 4173);
const { origin } = await startDemoServer({ port });
console.log(`\nLantern demo running at ${origin}/\n`);
for (const [path, label] of PAGES) console.log(`  ${label.padEnd(40)} ${origin}${path}`);
console.log("\nPress Ctrl+C to stop.\n");
