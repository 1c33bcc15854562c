/**
 * Handles follow a renamed town (issue #12): every account handle of the town profile and of the
 * shipped stories, with the town and all its neighbourhoods and places renamed, carries no trace
 * of Lindewaard: not its name, not a neighbourhood's or place's, and not an abbreviation ("_lw").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fillHandle, handleSlug } from '../src/content/town-names';
import type { Town } from '../src/content/town-schema';

const root = path.resolve(import.meta.dirname, '..');
const json = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;

const town = json('scenarios/towns/lindewaard.json') as Town;
/** Every name of the profile replaced by a made-up one, as config.json can. */
const renamed: Town = {
  ...town,
  name: 'Havenkerk',
  mayor: 'Sanne de Vries',
  alderman: 'Joris Bakker',
  neighbourhoods: town.neighbourhoods.map((n, i) => ({ ...n, name: `Wijk ${String(i + 1)}` })),
  places: Object.fromEntries(
    Object.keys(town.places ?? {}).map((id, i) => [id, `Plek ${String(i + 1)}`]),
  ),
};
/** The old names as they can stand in a handle, and the town's abbreviation. */
const OLD = [
  ...[town.name, town.mayor, town.alderman, ...town.neighbourhoods.map((n) => n.name)].map(
    handleSlug,
  ),
  ...Object.values(town.places ?? {}).map(handleSlug),
].filter((slug) => slug.length >= 4);

const stories = readdirSync(path.join(root, 'scenarios'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `scenarios/${d.name}/scenario.json`)
  .filter((file) => {
    try {
      return json(file) !== undefined;
    } catch {
      return false;
    }
  });

const handles: [string, string][] = [
  ...town.accounts.map((a) => ['town profile', a.handle] as [string, string]),
  ...stories.flatMap((file) =>
    ((json(file) as { accounts?: { handle: string }[] }).accounts ?? []).map(
      (a) => [file, a.handle] as [string, string],
    ),
  ),
];

describe('handles after renaming the whole town', () => {
  it('has handles of the profile and of every story to check', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
    expect(handles.length).toBeGreaterThan(20);
  });

  it.each(handles)('%s: %s keeps no old name', (_file, handle) => {
    const filled = fillHandle(renamed, handle).toLowerCase();
    for (const old of OLD) expect(filled, old).not.toContain(old);
    expect(filled).not.toMatch(/_lw(\b|_)/);
  });
});
