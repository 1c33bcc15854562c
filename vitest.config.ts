import { defineConfig } from 'vitest/config';

/**
 * Three projects, one command (`npm test` builds first, then runs all three):
 * - unit: the pure engine, content checks, store and i18n, in Node;
 * - dom: the DOM views with Testing Library, in jsdom;
 * - e2e: the production build in headless Chromium (playwright-core + Debian's chromium).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/*.test.ts'],
          exclude: ['src/ui/**'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.ts'],
          setupFiles: ['tests/support/dom-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
