import { availableParallelism } from 'node:os';

import { defineConfig } from 'vitest/config';

/**
 * Four projects, one command (`npm test` builds first, then runs them all):
 * - unit: the pure engine, content checks, store and i18n, in Node;
 * - integration: slow whole-repo checks that start ESLint, the TypeScript compiler or the
 *   checker CLI (lint boundaries, engine purity probes, check-scenarios CLI), and the sizes of
 *   the production build, kept apart so the fast projects stay fast;
 * - dom: the DOM views with Testing Library, in jsdom;
 * - e2e: the production build in headless Chromium (playwright-core + Debian's chromium).
 * Timeouts are sized for a loaded 2-core machine (npm test beside a browser or a CPU load,
 * scripts/cpu-load.mjs): they catch a hang, not a slow machine.
 *
 * Two files run at a time even on two cores (Vitest's default there is one): an end-to-end file
 * spends much of its time waiting on Chromium, which runs in its own processes, so a second file
 * fills that time. Every e2e file has its own browser, server and port, so they cannot collide.
 */
const INTEGRATION = [
  'tests/lint-boundaries.test.ts',
  'tests/engine-purity.test.ts',
  'tests/check-scenarios-cli.test.ts',
  'tests/bundle-size.test.ts',
];

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/*.test.ts'],
          exclude: ['src/ui/**', ...INTEGRATION],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: INTEGRATION,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.ts'],
          setupFiles: ['tests/support/dom-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
