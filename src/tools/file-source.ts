import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { ContentSource } from '../content/content-source';

/** A content source over the file system (Node only): paths are relative to `root` or absolute. */
export function fileSource(root: string): ContentSource {
  return {
    async read(file) {
      const full = path.isAbsolute(file) ? file : path.join(root, file);
      try {
        return new Uint8Array(await readFile(full));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
