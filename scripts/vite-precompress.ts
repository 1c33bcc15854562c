/**
 * A build step (a Vite plugin, used by vite.config.ts): writes `<file>.br` and `<file>.gz` beside
 * every compressible file the build made (`index.html` and `assets/`), so a static server can send
 * them as they are (nginx `gzip_static`/`brotli_static`, IIS static compression, and
 * `scripts/static-server.mjs`). Only Node's zlib, no extra packages.
 *
 * `scenarios/` and `config.json` are left out on purpose: a municipality edits those in a built
 * copy, and a stale `.gz` beside an edited file would hide the edit. Servers compress them on the
 * fly.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|map)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function compressFile(file: string): Promise<void> {
  const raw = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  // A compressed copy that is not smaller is of no use to anyone.
  if (br.length < raw.length) await writeFile(`${file}.br`, br);
  if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
}

/** Compresses index.html and everything compressible under assets/ in `outDir`. */
export async function precompress(outDir: string): Promise<void> {
  const assets = path.join(outDir, 'assets');
  const names = await readdir(assets).catch(() => [] as string[]);
  const files = [
    path.join(outDir, 'index.html'),
    ...names.filter((n) => COMPRESSIBLE.test(n)).map((n) => path.join(assets, n)),
  ];
  await Promise.all(files.map(compressFile));
}

export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompress(outDir);
    },
  };
}
