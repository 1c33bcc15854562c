/**
 * A build step (called by vite.config.ts after the scenarios are copied): writes
 * `scenarios/stories.json` beside them, the little the title shows of each story (see
 * src/content/story-index.ts). Reads the copied files as they are; content it cannot read leaves
 * the index out, and the game then shows its title after checking the stories, as before.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  type StoryHead,
  type StoryIndex,
  textAt,
  type TownHead,
} from '../src/content/story-index.ts';

type Json = Record<string, unknown>;

const readJson = async (file: string): Promise<Json> =>
  JSON.parse(await readFile(file, 'utf8')) as Json;

export async function buildStoryIndex(scenariosDir: string): Promise<StoryIndex> {
  const index = await readJson(path.join(scenariosDir, 'index.json'));
  const ids = index.scenarios as string[];
  const stories: StoryHead[] = [];
  const towns: Record<string, TownHead> = {};
  for (const id of ids) {
    const scenario = await readJson(path.join(scenariosDir, id, 'scenario.json'));
    const keys = [scenario.title, scenario.summary, scenario.contentNote].filter(
      (k): k is string => typeof k === 'string',
    );
    const localeDir = path.join(scenariosDir, id, 'locales');
    const texts: Record<string, Record<string, string>> = {};
    for (const file of (await readdir(localeDir)).filter((f) => f.endsWith('.json')).sort()) {
      const tree = await readJson(path.join(localeDir, file));
      texts[file.slice(0, -'.json'.length)] = Object.fromEntries(
        keys.flatMap((key) => {
          const text = textAt(tree, key);
          return text === undefined ? [] : [[key, text]];
        }),
      );
    }
    const townId = scenario.town as string;
    stories.push({
      id,
      minutes: scenario.minutes as number,
      town: townId,
      title: scenario.title as string,
      summary: scenario.summary as string,
      ...(typeof scenario.contentNote === 'string' ? { contentNote: scenario.contentNote } : {}),
      texts,
    });
    if (towns[townId] === undefined) {
      const town = await readJson(path.join(scenariosDir, 'towns', `${townId}.json`));
      towns[townId] = {
        name: town.name as string,
        mayor: town.mayor as string,
        alderman: town.alderman as string,
        ...(town.places === undefined ? {} : { places: town.places as Record<string, string> }),
        neighbourhoods: (town.neighbourhoods as TownHead['neighbourhoods']).map(
          ({ id: areaId, name, shape }) => ({ id: areaId, name, shape }),
        ),
      };
    }
  }
  return {
    format: 1,
    scenarios: ids,
    check: existsSync(path.join(scenariosDir, 'discernment', 'items.json')),
    stories,
    towns,
  };
}

/** Writes `<scenariosDir>/stories.json`; a story the build cannot read leaves the index out. */
export async function writeStoryIndex(scenariosDir: string): Promise<void> {
  try {
    const storyIndex = await buildStoryIndex(scenariosDir);
    await writeFile(
      path.join(scenariosDir, 'stories.json'),
      `${JSON.stringify({ $comment: 'Written by the build from the story files; where they differ, the story file wins.', ...storyIndex })}\n`,
    );
  } catch (error) {
    console.warn(
      `scenarios/stories.json not written (the title will wait for the stories): ${String(error)}`,
    );
  }
}
