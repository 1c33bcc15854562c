/**
 * What the benchmark scripts that compare the game with a blank Phaser game (bench-load.mjs,
 * bench-lighthouse.mjs) share: the median of their runs, and writing their table into
 * docs/performance.md between their own markers.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Puts `table` into the document at `doc` between `<!-- name:begin -->` and `<!-- name:end -->`,
 * replacing what was there; without the markers, appends them under `heading`.
 */
export async function writeSection(doc, name, table, heading) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = await readFile(doc, 'utf8');
  const block = `${begin}\n${table}\n${end}`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  const next =
    start >= 0 && stop > start
      ? text.slice(0, start) + block + text.slice(stop + end.length)
      : `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  await writeFile(doc, next);
}
