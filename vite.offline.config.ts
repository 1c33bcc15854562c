import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig, type Plugin } from 'vite';

import { phaserAliases, phaserDefines } from './scripts/vite-phaser.ts';
import { offlineContentFiles } from './src/tools/offline-files.ts';

/**
 * npm run build:offline — one HTML file (dist-offline/geruchtenmolen.html) that a festival laptop
 * opens by double-click: all code, styles, fonts and content inside, no server, no network.
 */
function inlineEverything(): Plugin {
  let outDir = 'dist-offline';
  return {
    name: 'inline-everything',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // Drop the font preload before Vite reads the page: a file the HTML names is emitted as a file,
    // and the stylesheet would then point at it instead of carrying it inline.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/<link\s+rel="preload"[^>]*>\s*/g, ''),
    },
    // After Vite has written its files (and finished its own rewriting), fold them into one page.
    async closeBundle() {
      const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const read = (ref: string): Promise<string> => readFile(path.join(outDir, ref), 'utf8');
      let page = html;
      for (const match of html.matchAll(
        /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g,
      )) {
        const code = (await read(match[1] ?? '')).replace(/<\/script/gi, '<\\/script');
        page = page.replace(match[0], () => `<script type="module">${code}</script>`);
      }
      for (const match of html.matchAll(
        /<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g,
      )) {
        const css = await read(match[1] ?? '');
        page = page.replace(match[0], () => `<style>${css}</style>`);
      }
      if (/<script[^>]+src=|<link[^>]+(stylesheet|modulepreload|preload)|url\(\.\//.test(page)) {
        throw new Error('offline build: a script, stylesheet or font was not inlined');
      }
      await writeFile(path.join(outDir, 'geruchtenmolen.html'), page);
      await rm(path.join(outDir, 'index.html'));
      await rm(path.join(outDir, 'assets'), { recursive: true, force: true });
    },
  };
}

/** `virtual:offline-content`: only the content the index lists (see src/tools/offline-files.ts). */
function offlineContent(): Plugin {
  const id = 'virtual:offline-content';
  return {
    name: 'offline-content',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const root = fileURLToPath(new URL('.', import.meta.url));
      return `export default ${JSON.stringify(await offlineContentFiles(root))};`;
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [offlineContent(), inlineEverything()],
  define: phaserDefines,
  resolve: {
    alias: [
      ...phaserAliases,
      {
        find: /^\.\/content\/runtime-source$/,
        replacement: fileURLToPath(new URL('./src/content/embedded-source.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist-offline',
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER, // fonts become data: URLs inside the CSS
    cssCodeSplit: false,
    chunkSizeWarningLimit: 3000,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
