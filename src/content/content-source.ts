/** Reads content files by path relative to the site root (e.g. "scenarios/index.json"). */
export interface ContentSource {
  /** The file's text, or null when it does not exist. Throws only on unexpected failures. */
  read(path: string): Promise<string | null>;
}
