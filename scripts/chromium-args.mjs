/**
 * How every headless Chromium of this project is started (e2e tests and benchmarks), in one place.
 * Plain JavaScript so the benchmark scripts can import it without a build; types in
 * chromium-args.d.mts for the TypeScript tests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  // Belt and braces: no host name resolves, so even a missed request cannot leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
