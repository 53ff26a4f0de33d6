import { PAGES, startDemoServer } from "./server.mjs";

const port = Number(process.env.PORT ?? 4173);
let origin;
try {
  ({ origin } = await startDemoServer({ port }));
} catch (error) {
  // A raw EADDRINUSE stack tells a newcomer nothing; the fix is one variable away.
  if (error?.code !== "EADDRINUSE") throw error;
  console.error(
    `\nPort ${port} is already in use (another \`pnpm start\`, or another server).\n` +
      `Stop it, or pick another port: PORT=${port + 1} pnpm start\n`,
  );
  process.exit(1);
}
console.log(`\nLantern demo running at ${origin}/\n`);
for (const [path, label] of PAGES) console.log(`  ${label.padEnd(40)} ${origin}${path}`);
console.log("\nPress Ctrl+C to stop.\n");
