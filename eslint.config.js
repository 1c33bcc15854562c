// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'Date',
        'performance',
        'crypto',
        'navigator',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in engine/rng.ts.' },
      ],
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
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
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
