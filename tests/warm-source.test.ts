import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fileSource } from '../src/tools/file-source';
import { INDEX_FILE, scenarioFile } from '../src/content/content-files';
import type { ContentSource } from '../src/content/content-source';
import { contentLoader } from '../src/content/load-content';
import { storyFiles } from '../src/content/story-files';
import { warmSource } from '../src/content/warm-source';

const root = path.resolve(import.meta.dirname, '..');
const json = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path.join(root, file), 'utf8')) as Record<string, unknown>;

/** A source that notes every path read through it. */
function recording(source: ContentSource): { source: ContentSource; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    source: {
      read: (file) => {
        reads.push(file);
        return source.read(file);
      },
    },
  };
}

describe('storyFiles', () => {
  const languages = ['nl', 'en'];
  it('names exactly the files the loader reads to start each shipped story', async () => {
    const { scenarios } = (await json(INDEX_FILE)) as { scenarios: string[] };
    expect(scenarios.length).toBeGreaterThan(3);
    for (const id of scenarios) {
      const { town } = (await json(scenarioFile(id))) as { town: string };
      const { source, reads } = recording(fileSource(root));
      const loaded = await contentLoader(source, languages).story(id);
      expect(loaded?.scenarios.map((s) => s.scenario.id)).toEqual([id]);
      expect(new Set(storyFiles(id, town, languages))).toEqual(new Set(reads));
    }
  });
});

describe('warmSource', () => {
  const files: Record<string, string> = { 'a.json': '1', 'b.json': '2' };
  const counted = (): { source: ContentSource; reads: string[] } =>
    recording({ read: (file) => Promise.resolve(files[file] ?? null) });

  it('reads warmed files at once, all together, and hands each to its first read', async () => {
    const { source, reads } = counted();
    const warm = warmSource(source);
    warm.warm(['a.json', 'b.json', 'a.json']);
    expect(reads).toEqual(['a.json', 'b.json']);
    expect(await warm.read('a.json')).toBe('1');
    expect(await warm.read('b.json')).toBe('2');
    expect(reads).toEqual(['a.json', 'b.json']);
  });

  it('reads a file again after its warmed copy was taken, so an edit on the server shows', async () => {
    const { source, reads } = counted();
    const warm = warmSource(source);
    warm.warm(['a.json']);
    await warm.read('a.json');
    files['a.json'] = '3';
    expect(await warm.read('a.json')).toBe('3');
    expect(reads).toEqual(['a.json', 'a.json']);
    files['a.json'] = '1';
  });

  it('does not warm a file that was read before: the game has it', async () => {
    const { source, reads } = counted();
    const warm = warmSource(source);
    await warm.read('a.json');
    warm.warm(['a.json', 'b.json']);
    expect(reads).toEqual(['a.json', 'b.json']);
  });

  it('passes a failed warm read on to the read that takes it, and to no one before', async () => {
    const failing: ContentSource = { read: () => Promise.reject(new Error('offline')) };
    const warm = warmSource(failing);
    warm.warm(['a.json']);
    await new Promise((resolve) => setTimeout(resolve, 0)); // an unhandled rejection would fail the run
    await expect(warm.read('a.json')).rejects.toThrow('offline');
  });
});
