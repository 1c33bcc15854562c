import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildDebrief } from '../src/engine/debrief';
import { replay } from '../src/engine/replay';
import { createWorld } from '../src/engine/world';
import { checkContent } from '../src/tools/check-content';
import { fileSource } from '../src/tools/file-source';
import { type GoldenPlaythrough, record } from '../src/tools/golden-playthroughs';

const root = path.resolve(import.meta.dirname, '..');
const content = await checkContent(fileSource(root));
const dir = path.join(root, 'tests/playthroughs');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const golden = new Map(
  files.map((f) => {
    const data = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
      scenario: string;
      playthroughs: GoldenPlaythrough[];
    };
    return [data.scenario, data.playthroughs] as const;
  }),
);

describe.each(content.scenarios.map((s) => [s.scenario.id, s] as const))(
  'golden playthroughs of %s',
  (id, loaded) => {
    const world = createWorld(loaded.scenario, loaded.town);
    const plays = golden.get(id) ?? [];

    it('has a golden playthrough for every ending (run "npm run record:playthroughs")', () => {
      const endings = loaded.scenario.nodes
        .filter((n) => n.ending)
        .map((n) => n.id)
        .sort();
      const covered = [
        ...new Set(plays.filter((p) => p.route === 'full').map((p) => p.expect.ending)),
      ].sort();
      expect(covered).toEqual(endings);
    });

    it.each(plays.map((p) => [p.name, p] as const))(
      '%s still plays out the same',
      (_name, play) => {
        expect(record(world, play.name, play.moves, play.route)).toEqual(play);
      },
    );

    it.each(plays.map((p) => [p.name, p] as const))(
      '%s: the debrief explains exactly the techniques used',
      (_name, play) => {
        const state = replay(world, play.seed, play.moves, play.route);
        if (state === null || content.catalogue === undefined) throw new Error('replay failed');
        const debrief = buildDebrief(state, content.catalogue);
        expect(debrief.used.map((u) => u.id)).toEqual(play.expect.techniques);
        expect(debrief.ending).toBe(play.expect.kind);
        expect(new Set([...debrief.used.map((u) => u.id), ...debrief.notUsed])).toEqual(
          new Set(content.catalogue.techniques.map((t) => t.id)),
        );
        for (const use of debrief.used)
          expect(use.domain).toBe(
            content.catalogue.techniques.find((t) => t.id === use.id)?.domain,
          );
      },
    );
  },
);
