/** Reads content files by path relative to the site root (e.g. "scenarios/index.json"). */
export interface ContentSource {
  /** The file's text, or null when it does not exist. Throws only on unexpected failures. */
  read(path: string): Promise<string | null>;
}

/** A source over fetch, relative to the page, so the game works under any sub-path. */
export function fetchSource(base: string): ContentSource {
  return {
    async read(path) {
      const response = await fetch(new URL(path, base), { cache: 'no-cache' });
      if (response.status === 404) return null;
      if (!response.ok)
        throw new Error(
          `${path}: the server answered ${String(response.status)} ${response.statusText}`,
        );
      return response.text();
    },
  };
}
