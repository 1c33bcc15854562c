import type { FileContent } from './decode-text';

/** Reads content files by path relative to the site root (e.g. "scenarios/index.json"). */
export interface ContentSource {
  /**
   * The file's bytes (or text), or null when it does not exist. Bytes are decoded by
   * validateFile, strictly as UTF-8. Throws only on unexpected failures.
   */
  read(path: string): Promise<FileContent | null>;
}
