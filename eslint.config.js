// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Globals the pure core (engine, shared content) may not touch: the page, the clock, chance, timers,
 * storage, the network and the host. `globalThis`/`self`/`window` go too, so nothing reaches
 * them by property (`globalThis.document`). The compiler (tsconfig.pure.json) rejects most of these
 * already; this list also holds for files it does not cover, and names why.
 */
const IMPURE_GLOBALS = [
  ...['window', 'self', 'globalThis', 'document', 'location', 'history', 'navigator', 'screen'],
  ...['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'Image', 'matchMedia'],
  ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker', 'BroadcastChannel'],
  ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask'],
  ...['requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback'],
  ...['Date', 'performance', 'crypto', 'Intl', 'process', 'require', 'console'],
  ...['WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'WebAssembly'],
].map((name) => ({ name, message: `The pure core may not use ${name}: pass it in from outside.` }));

/**
 * Folder boundaries (docs/ARCHITECTURE.md): each block lists what a folder may NOT import.
 * engine: pure rules, content types only. store: engine. i18n: nothing of ours.
 * ui: no Phaser, no game. game: the only folder that imports Phaser. content: no engine/ui/game.
 */
const boundary = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/game/**'],
    rules: boundary(
      ['phaser', 'phaser/*'],
      'Only src/game imports Phaser (it loads in its own chunk).',
    ),
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...boundary(
        [
          '**/store/**',
          '**/ui/**',
          '**/game/**',
          '**/i18n/**',
          '**/tools/**',
          'phaser',
          'i18next',
          'zustand*',
        ],
        'The engine is pure: it may import only content types and itself.',
      ),
    },
  },
  {
    // The pure core (tsconfig.pure.json): the engine and the content code the Node checker shares.
    // The compiler already rejects DOM and Node globals there; lint adds what it cannot see:
    // the clock and chance (ES globals), dynamic import(), import.meta, and eval.
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    ignores: ['src/content/runtime-source.ts', 'src/content/embedded-source.ts'],
    rules: {
      'no-restricted-globals': ['error', ...IMPURE_GLOBALS],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded RNG in engine/sim/random.ts.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'The pure core loads nothing at run time: import it statically (or not at all).',
        },
        {
          selector: 'MetaProperty[meta.name="import"]',
          message: 'import.meta belongs to the bundler or Node, not to the pure core.',
        },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: boundary(
      [
        '**/engine/**',
        '**/store/**',
        '**/ui/**',
        '**/game/**',
        '**/i18n/**',
        '**/tools/**',
        'phaser',
        'i18next',
      ],
      'content/ reads and checks data; it depends on nothing else of ours.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: boundary(
      ['**/ui/**', '**/game/**', '**/i18n/**', '**/tools/**', 'phaser', 'i18next'],
      'The store wraps the engine; views and Phaser read it, it never reads them.',
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: boundary(
      ['**/engine/**', '**/store/**', '**/ui/**', '**/game/**', '**/content/**', '**/tools/**'],
      'i18n imports nothing of ours.',
    ),
  },
  {
    files: ['src/theme/**/*.ts'],
    rules: boundary(
      [
        '**/engine/**',
        '**/store/**',
        '**/ui/**',
        '**/game/**',
        '**/i18n/**',
        '**/tools/**',
        'phaser',
      ],
      'theme/ says how things look, for the DOM views and the Phaser map alike: content types only.',
    ),
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: boundary(
      ['**/game/**', '**/tools/**', 'phaser'],
      'The DOM views never import Phaser or the game folder; main.ts hands them a mountMap function.',
    ),
  },
  {
    files: ['src/game/**/*.ts'],
    rules: boundary(
      ['**/ui/**', '**/tools/**', '**/i18n/**'],
      'The Phaser map reads the store; it does not reach into the DOM views.',
    ),
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests bend fixtures into broken shapes on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { 'no-console': 'off' },
  },
);
