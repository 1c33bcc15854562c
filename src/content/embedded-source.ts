import files from 'virtual:offline-content';

import type { ContentSource } from './content-source';

/**
 * The offline single-file build's content: the scenarios scenarios/index.json lists, with what
 * they need, and config.json, built into the page (src/tools/offline-files.ts picks them), so it
 * plays from file:// with no server and no request. Used in place of runtime-source.ts by
 * vite.offline.config.ts only.
 */
const content = new Map(Object.entries(files));

export function runtimeSource(): ContentSource {
  return { read: (path) => Promise.resolve(content.get(path) ?? null) };
}
