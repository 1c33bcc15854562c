/** Types for static-server.mjs (plain JavaScript, so Node scripts can run it without a build). */
export declare const STRICT_CSP: string;
export declare function startStaticServer(options: {
  dir: string;
  port?: number;
  base?: string;
  csp?: string | null;
}): Promise<{ readonly url: string; close(): Promise<void> }>;
