import { spawn } from 'node:child_process';
import path from 'node:path';

import type { Plugin } from 'vite';

import type { Prerendered } from './prerender-title.ts';

/**
 * The title in index.html itself (scripts/prerender-title.ts), in place of the boot text: the
 * page shows it, and its Play buttons work, before any script has run. Build only: `vite` (dev)
 * and the offline single file (vite.offline.config.ts) keep the boot text.
 *
 * The prerender runs in a Node process of its own (through tsx): the game's title view needs a
 * DOM (jsdom) in its globals, which the build's own process should not get, and Vite's config
 * loader then need not bundle the game's sources.
 */
export function prerenderTitlePlugin(root: string): Plugin {
  return {
    name: 'prerender-title',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const title = await runPrerender(root);
        if (title === null) return html;
        const boot = /<main class="screen boot-screen">[\s\S]*?<\/main>/;
        if (!boot.test(html))
          throw new Error(
            'index.html: the boot screen (<main class="screen boot-screen">) is missing: the title cannot be put in its place',
          );
        return html
          .replace(boot, () => title.html)
          .replace(/<html lang="[^"]*">/, `<html lang="${title.lang}">`);
      },
    },
  };
}

function runPrerender(root: string): Promise<Prerendered | null> {
  const script = path.join(root, 'scripts', 'prerender-title.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${script} stopped with exit code ${String(code)}`));
        return;
      }
      resolve(JSON.parse(out) as Prerendered | null);
    });
  });
}
