import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { buildStoryIndex } from '../scripts/story-index';
import { loadContent } from '../src/content/load-content';
import { parseStoryIndex } from '../src/content/story-index';
import { fileSource } from '../src/tools/file-source';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCENARIOS = fileURLToPath(new URL('../scenarios/', import.meta.url));

describe('the story index the title is drawn from (scenarios/stories.json)', () => {
  it('says what the story files say: title, play time, summary, content note and town names', async () => {
    const index = await buildStoryIndex(SCENARIOS);
    expect(parseStoryIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    const content = await loadContent(fileSource(ROOT));
    expect(index.stories.map((s) => s.id)).toEqual(content.scenarios.map((s) => s.scenario.id));
    expect(index.check).toBe(content.discernment.discernment !== undefined);
    for (const loaded of content.scenarios) {
      const head = index.stories.find((s) => s.id === loaded.scenario.id);
      expect(head?.minutes).toBe(loaded.scenario.minutes);
      for (const lang of ['nl', 'en']) {
        const texts = head?.texts[lang] ?? {};
        const tree = loaded.locales[lang] ?? {};
        for (const key of [loaded.scenario.title, loaded.scenario.summary]) {
          expect(texts[key]).toBe(tree[key]);
          expect(texts[key]?.length).toBeGreaterThan(0);
        }
        if (loaded.scenario.contentNote !== undefined)
          expect(texts[loaded.scenario.contentNote]).toBe(tree[loaded.scenario.contentNote]);
      }
      const town = index.towns[head?.town ?? ''];
      expect(town?.name).toBe(loaded.town.name);
      expect(town?.neighbourhoods).toEqual(
        loaded.town.neighbourhoods.map(({ id, name, shape }) => ({ id, name, shape })),
      );
    }
  });

  it('is not used when its shape is off (the title then waits for the stories)', async () => {
    const good = JSON.stringify(await buildStoryIndex(SCENARIOS));
    /** A copy of the index with one change made to its JSON text. */
    const broken = (find: string, replace: string): unknown => {
      expect(good).toContain(find);
      return JSON.parse(good.replace(find, replace));
    };
    expect(parseStoryIndex(JSON.parse(good))).toBeDefined();
    expect(parseStoryIndex(null)).toBeUndefined();
    expect(parseStoryIndex([])).toBeUndefined();
    expect(parseStoryIndex(broken('"format":1', '"format":2'))).toBeUndefined();
    expect(parseStoryIndex(broken('"minutes":12', '"minutes":"12"'))).toBeUndefined();
    expect(parseStoryIndex(broken('"town":"lindewaard"', '"town":"elders"'))).toBeUndefined();
    expect(parseStoryIndex(broken('"title":"Het zwembad"', '"title":5'))).toBeUndefined();
    expect(parseStoryIndex(broken('"shape":[[', '"shape":[["x",'))).toBeUndefined();
  });
});
