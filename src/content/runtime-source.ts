import type { ContentSource } from './content-source';

/**
 * Where the running game reads its content: files next to index.html, fetched relative to the
 * page so any sub-path works. The offline build swaps this module for embedded-source.ts.
 * Browser-only, so it stays outside tsconfig.pure.json (which the Node checker shares).
 */
export function runtimeSource(): ContentSource {
  return fetchSource(document.baseURI);
}

/** A source over fetch, relative to `base`. */
function fetchSource(base: string): ContentSource {
  return {
    async read(path) {
      const response = await fetch(new URL(path, base), { cache: 'no-cache' });
      if (response.status === 404) return null;
      if (!response.ok)
        throw new Error(
          `${path}: the server answered ${String(response.status)} ${response.statusText}`,
        );
      return new Uint8Array(await response.arrayBuffer()); // decoded strictly by validateFile
    },
  };
}
