/** Types for static-server.mjs (plain JavaScript, so Node scripts can run it without a build). */
export declare const STRICT_CSP: string;
export declare function startStaticServer(options: {
  dir: string;
  port?: number;
  base?: string;
  csp?: string | null;
  compress?: boolean;
}): Promise<{ readonly url: string; close(): Promise<void> }>;
export declare function acceptedEncodings(header: string | undefined): Set<string>;
