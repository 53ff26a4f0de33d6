export declare const SITE_DIR: string;
export declare const BUILD_DIR: string;
export declare const CDN_DIR: string;
export declare const PAGES: [path: string, label: string][];
export declare function parseHeaders(text: string): (path: string) => Record<string, string>;
export declare function startDemoServer(options?: { port?: number; host?: string }): Promise<{
  origin: string;
  close(): Promise<unknown>;
}>;
