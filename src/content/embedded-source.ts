import type { ContentSource } from './content-source';

/**
 * The offline single-file build's content: every scenario file and config.json built into the
 * page, so it plays from file:// with no server and no request. Used in place of
 * runtime-source.ts by vite.offline.config.ts only.
 */
const scenarios = import.meta.glob<string>('/scenarios/**/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const config = import.meta.glob<string>('/assets/config.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const files = new Map<string, string>([
  ...Object.entries(scenarios).map(([path, text]) => [path.slice(1), text] as const),
  ...Object.entries(config).map(([, text]) => ['config.json', text] as const),
]);

export function runtimeSource(): ContentSource {
  return { read: (path) => Promise.resolve(files.get(path) ?? null) };
}
