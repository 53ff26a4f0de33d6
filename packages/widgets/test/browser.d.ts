/** Commands the browser project defines in vitest.config.ts, as tests call them. */
declare module "vitest/browser" {
  interface BrowserCommands {
    emulateMedia(media: {
      media?: "print" | "screen" | null;
      reducedMotion?: "reduce" | "no-preference" | null;
    }): Promise<void>;
  }
}

export {};
