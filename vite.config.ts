import { cp, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { defineConfig, type Plugin } from 'vite';

import { phaserAliases, phaserDefines } from './scripts/vite-phaser.ts';
import { precompressPlugin } from './scripts/vite-precompress.ts';
import { prerenderTitlePlugin } from './scripts/vite-prerender.ts';
import { writeStoryIndex } from './scripts/story-index.ts';
import { INDEX_FILE } from './src/content/content-files.ts';
import { STORY_INDEX_FILE } from './src/content/story-index.ts';
import { interfaceLocaleSchema } from './src/tools/interface-locale-schema.ts';

/**
 * Scenarios are data the game fetches at run time (so a municipality can edit them in a built
 * copy and the game can show a readable error for a broken one): copy them next to index.html.
 */
function copyScenarios(): Plugin {
  return {
    name: 'copy-scenarios',
    apply: 'build',
    async writeBundle(options) {
      const out = options.dir ?? 'dist';
      await cp(fileURLToPath(new URL('./scenarios', import.meta.url)), `${out}/scenarios`, {
        recursive: true,
      });
      // What the title shows of each story, so it answers before any story is loaded.
      await writeStoryIndex(`${out}/scenarios`);
      // The schema an added language's locales/<code>.json names, made from the Dutch texts.
      const dutch = JSON.parse(
        await readFile(
          fileURLToPath(new URL('./src/i18n/locales/nl.json', import.meta.url)),
          'utf8',
        ),
      ) as Record<string, unknown>;
      await writeFile(
        `${out}/locale.schema.json`,
        `${JSON.stringify(interfaceLocaleSchema(dutch), null, 2)}\n`,
      );
    },
  };
}

/**
 * The files the title is drawn from (src/shell.ts: requestTitleFiles), asked for by the page itself
 * while the first script is still on its way, instead of one round trip after it has run. Put
 * in after Vite's own rewriting: these are files beside index.html, not modules to bundle.
 * ('config.json' is CONFIG_FILE of src/content/config.ts, which Vite's config loader cannot read.)
 */
const TITLE_FILES = ['config.json', INDEX_FILE, STORY_INDEX_FILE];

function preloadTitleFiles(): Plugin {
  return {
    name: 'preload-title-files',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /\n(\s*)<\/head>/,
          (end, indent: string) =>
            TITLE_FILES.map(
              (file) => `\n${indent}  <link rel="preload" href="./${file}" as="fetch" crossorigin>`,
            ).join('') + end,
        ),
    },
  };
}

export default defineConfig({
  // Relative URLs: the build works under any sub-path of any static server, and in an iframe.
  base: './',
  publicDir: 'assets',
  plugins: [
    copyScenarios(),
    preloadTitleFiles(),
    prerenderTitlePlugin(fileURLToPath(new URL('.', import.meta.url))),
    precompressPlugin(),
  ],
  // The map's custom Phaser build (only the modules it uses): scripts/vite-phaser.ts.
  resolve: { alias: phaserAliases },
  define: phaserDefines,
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]|phaser-custom\.cjs$/ }],
        },
      },
    },
  },
});
