import { type ContentSource, fetchSource } from './content-source';

/**
 * Where the running game reads its content: files next to index.html, fetched relative to the
 * page so any sub-path works. The offline build swaps this module for embedded-source.ts.
 */
export function runtimeSource(): ContentSource {
  return fetchSource(document.baseURI);
}
