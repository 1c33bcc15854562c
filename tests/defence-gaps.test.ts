/**
 * The defender round is a real decision: in every moment of every story, the best answer leaves at
 * least 5 percentage points fewer residents believing the rumour than the worst. Checked on the
 * golden playthroughs (every ending of every story, the kiosk's short routes and the path with the
 * most techniques), with the earlier moments answered both at their best and at their worst.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { RESPONSES } from '../src/content/catalogue-schema';
import { loadContent } from '../src/content/load-content';
import { respond } from '../src/engine/actions';
import { defenceOffered, nextDefenceMoment } from '../src/engine/defence';
import { reduce } from '../src/engine/reducer';
import { replay } from '../src/engine/replay';
import { believingNow, DEFAULT_PLATFORM, simulateResponse } from '../src/engine/simulation';
import type { GameState } from '../src/engine/state';
import { createWorld, type World } from '../src/engine/world';
import { fileSource } from '../src/tools/file-source';
import type { GoldenPlaythrough } from '../src/tools/golden-playthroughs';

const root = path.resolve(import.meta.dirname, '..');
const content = await loadContent(fileSource(root));
const dir = path.join(root, 'tests/playthroughs');
const golden = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const data = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        scenario: string;
        playthroughs: GoldenPlaythrough[];
      };
      return [data.scenario, data.playthroughs] as const;
    }),
);

const MIN_GAP = 5;

interface Gap {
  readonly where: string;
  readonly gap: number;
}

/** Every answer to the next moment; then on with the best and with the worst, to the end of the round. */
function gaps(world: World, state: GameState, where: string): Gap[] {
  const moment = nextDefenceMoment(state);
  if (moment === undefined) return [];
  const answered = RESPONSES.map((r) => reduce(world, state, respond(r))).sort(
    (a, b) => believingNow(a) - believingNow(b),
  );
  const best = answered[0];
  const worst = answered[answered.length - 1];
  if (best === undefined || worst === undefined) return [];
  const here = `${where} @ move ${String(moment.turn)} (${moment.techniques.join('+')})`;
  const gap = { where: here, gap: believingNow(worst) - believingNow(best) };
  const after = state.defence.length === 0 ? [best, worst] : [best];
  return [gap, ...after.flatMap((s, k) => gaps(world, s, `${where} ${k === 0 ? 'B' : 'W'}`))];
}

describe.each(content.scenarios.map((s) => [s.scenario.id, s] as const))(
  'the defender round of %s',
  (id, loaded) => {
    const world = createWorld(loaded.scenario, loaded.town, content.catalogue);
    const plays = golden.get(id) ?? [];

    it(`every moment: the best answer leaves at least ${String(MIN_GAP)} points fewer believers than the worst`, () => {
      const found = plays.flatMap((play) => {
        const state = replay(world, play.seed, play.moves, play.route);
        if (state === null) throw new Error(`${play.name} no longer replays`);
        return gaps(world, state, play.name);
      });
      expect(found.length).toBeGreaterThan(0);
      const small = found
        .filter((g) => g.gap < MIN_GAP)
        .map((g) => `${g.where}: ${g.gap.toFixed(1)}`);
      expect(small).toEqual([]);
    });

    it('is offered exactly when something was spread; the short route has one moment', () => {
      for (const play of plays) {
        const state = replay(world, play.seed, play.moves, play.route);
        if (state === null) throw new Error(`${play.name} no longer replays`);
        const spread = state.history.some((m) => m.techniques.length > 0);
        expect(defenceOffered(state), play.name).toBe(spread);
        if (play.route === 'short' && spread) {
          const once = reduce(world, state, respond('correct'));
          expect(nextDefenceMoment(once), play.name).toBeUndefined();
        }
      }
    });
  },
);

describe('a police report in the defender round', () => {
  it('stops the sender but convinces fewer residents than a fitting correction', () => {
    const loaded = content.scenarios.find((s) => s.scenario.id === 'zwembad');
    if (loaded === undefined) throw new Error('zwembad is missing');
    const world = createWorld(loaded.scenario, loaded.town, content.catalogue);
    const play = (golden.get('zwembad') ?? []).find((p) => {
      const state = replay(world, p.seed, p.moves, p.route);
      return state !== null && nextDefenceMoment(state) !== undefined;
    });
    if (play === undefined) throw new Error('no zwembad playthrough with a defender round');
    const state = replay(world, play.seed, play.moves, play.route);
    const moment = state === null ? undefined : nextDefenceMoment(state);
    if (state === null || moment === undefined || state.sim === null) throw new Error('no moment');
    const platform = moment.outcome?.platform ?? DEFAULT_PLATFORM;
    const turn = state.history.length + 1;
    const after = (response: 'report' | 'correct'): number =>
      simulateResponse(world, state, platform, response, 'good', turn)?.believing ?? NaN;
    // Both judged fitting: the report takes back belief, but clearly less than a correction.
    expect(after('report')).toBeGreaterThan(after('correct') + 1);
    expect(after('report')).toBeLessThanOrEqual(believingNow(state));
  });
});
