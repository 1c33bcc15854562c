import type { ContentSource } from './content-source';
import type { FileContent } from './decode-text';

/** A content source that can be told, ahead of time, which files will be read. */
export interface WarmSource extends ContentSource {
  /**
   * Starts reading these files now (all at once); each is handed to the first read of it. Files
   * read before are left alone: the game has them already.
   */
  warm(files: readonly string[]): void;
}

/**
 * The loader reads a story's files in steps (the catalogue before its texts, the story before its
 * town): over a slow connection each step is a round trip. Warming asks for all of them in one
 * wave, the moment the player chooses. A warmed file is given out once; a later read (a new game
 * in the same page) reads it again, so an edit on the server is never hidden.
 */
export function warmSource(source: ContentSource): WarmSource {
  const early = new Map<string, Promise<FileContent | null>>();
  const readBefore = new Set<string>();
  return {
    read(path) {
      readBefore.add(path);
      const warmed = early.get(path);
      if (warmed === undefined) return source.read(path);
      early.delete(path);
      return warmed;
    },
    warm(files) {
      for (const file of files) {
        if (early.has(file) || readBefore.has(file)) continue;
        const reading = source.read(file);
        reading.catch(() => undefined); // the read that takes it reports the failure
        early.set(file, reading);
      }
    },
  };
}
