import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RESPONSES } from '../content/catalogue-schema';

import type { Scenario } from '../content/schema';
import { catalogue, scenario, town } from '../../tests/support/fixtures';
import { respond, selectChoice } from './actions';
import { reduce } from './reducer';
import { availableChoices } from './selectors';
import { latestCounts } from '../../tests/support/town-counts';
import { believingByTurn, believingNow, reachShares } from './simulation';
import { createInitialState, type GameState } from './state';
import { createWorld, type World } from './world';

/** The fixture story with the first move's post changed, and optionally measures switched on. */
function worldWith(change: (s: Scenario) => void): World {
  const s = scenario();
  change(s);
  return createWorld(s, town);
}

const playLie = (w: World, seed = 3): GameState =>
  reduce(w, createInitialState(w, seed), selectChoice('lie'));
const lie = (
  s: Scenario,
): NonNullable<NonNullable<Scenario['nodes'][number]['choices']>[number]> => {
  const choice = s.nodes[0]?.choices?.[0];
  if (choice === undefined) throw new Error('fixture changed');
  return choice;
};

describe('the story in the simulated town', () => {
  it("puts the player's post on its feed with reaction counts and replies from residents", () => {
    const w = worldWith((s) => {
      lie(s).post = { author: 'me', text: 'nodes.start.lie_post', platform: 'chat', emotion: 0.9 };
    });
    const state = playLie(w);
    const post = state.feed.find((p) => p.byPlayer);
    expect(post?.platform).toBe('chat');
    expect(post?.reactions?.views).toBeGreaterThan(0);
    expect(post?.reactions?.likes).toBe(state.history[0]?.outcome?.newlyBelieving);
    expect(post?.replies.length).toBeGreaterThan(0);
    expect(town.residentNames).toContain(post?.replies[0]?.name);
    expect(state.frames.map((f) => f.turn)).toEqual([1, 1, 1, 1]);
    expect(state.meters.reach).toBe(
      Math.round((100 * (4000 - latestCounts(w, state).unaware)) / 4000),
    );
  });

  it('makes an impersonation move fail where the scenario has switched on the measure that counters it', () => {
    const impersonate = (s: Scenario): void => {
      lie(s).techniques = ['impersonation'];
      lie(s).post = { author: 'me', text: 'nodes.start.lie_post', platform: 'group' };
    };
    const open = playLie(worldWith(impersonate));
    const guarded = playLie(
      worldWith((s) => {
        impersonate(s);
        s.simulation = { measures: ['two_factor'] };
      }),
    );
    expect(guarded.history[0]?.outcome?.caughtBy).toEqual(['two_factor']);
    expect(open.history[0]?.outcome?.caughtBy).toEqual([]);
    const w = worldWith(impersonate);
    expect(latestCounts(w, guarded).believing).toBeLessThan(0.3 * latestCounts(w, open).believing);
  });

  it('lets a correction posted by the municipality in the story take belief back', () => {
    const rumour = (s: Scenario): void => {
      lie(s).post = { author: 'me', text: 'nodes.start.lie_post', platform: 'chat', emotion: 0.9 };
    };
    const plain = worldWith(rumour);
    const corrected = worldWith((s) => {
      rumour(s);
      const middle = s.nodes[1];
      if (middle)
        middle.feed = [
          {
            author: 'town_hall',
            text: 'nodes.start.post',
            platform: 'chat',
            counter: 'correction',
          },
        ];
    });
    const before = playLie(plain);
    const after = playLie(corrected);
    expect(after.feed.at(-1)?.counter).toBe('correction');
    expect(latestCounts(corrected, after).believing).toBeLessThan(
      latestCounts(plain, before).believing,
    );
    expect(latestCounts(corrected, after).doubting).toBeGreaterThan(
      latestCounts(plain, before).doubting,
    );
  });

  it('gives belief after every move from the last tick of that move', () => {
    const w = worldWith((s) => {
      lie(s).post = { author: 'me', text: 'nodes.start.lie_post', platform: 'chat', emotion: 0.9 };
    });
    const first = playLie(w);
    const second = reduce(w, first, selectChoice('wait'));
    const byTurn = believingByTurn(second);
    expect(byTurn).toHaveLength(3);
    expect(byTurn[0]).toBe(0);
    expect(byTurn[1]).toBe(Math.round(believingNow(first)));
    expect(byTurn[2]).toBe(Math.round(believingNow(second)));
  });

  it('keeps reach from the residents and lets trust erode as more of them believe', () => {
    const w = worldWith((s) => {
      lie(s).post = { author: 'me', text: 'nodes.start.lie_post', platform: 'chat', emotion: 1 };
    });
    const state = playLie(w);
    expect(state.meters.reach).toBeGreaterThan(0);
    expect(state.meters.trust).toBeLessThan(65);
  });
});

describe('the game with its simulated town (property-based)', () => {
  const w = createWorld(scenario(), town, catalogue);
  const bytes = (a: Uint8Array): string => Buffer.from(a).toString('base64');

  it('keeps reach within 0–100 and never shrinking, every share within 0–1, trust within 0–100, and old states untouched', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(9), { minLength: 4, maxLength: 8 }),
        fc.array(fc.constantFrom(...RESPONSES), { maxLength: 3 }),
        (seed, picks, answers) => {
          let state = createInitialState(w, seed);
          const actions = [
            ...picks.map((pick) => (s: GameState) => {
              const open = availableChoices(w, s);
              return open.length === 0 ? null : selectChoice(open[pick % open.length]?.id ?? '');
            }),
            ...answers.map((answer) => () => respond(answer)),
          ];
          for (const next of actions) {
            const action = next(state);
            if (action === null) continue;
            const before = state.sim === null ? '' : bytes(state.sim.status);
            const reached = state.meters.reach;
            const after = reduce(w, state, action);
            expect(
              state.sim === null ? '' : bytes(state.sim.status),
              'the previous state is never changed',
            ).toBe(before);
            if (after.lastError !== null) continue;
            expect(after.meters.reach).toBeGreaterThanOrEqual(reached);
            expect(after.meters.reach).toBeLessThanOrEqual(100);
            expect(after.meters.trust).toBeGreaterThanOrEqual(0);
            expect(after.meters.trust).toBeLessThanOrEqual(100);
            for (const share of reachShares(w, after)) expect(share >= 0 && share <= 1).toBe(true);
            const last = after.frames.at(-1);
            if (last)
              last.byArea.forEach((c, a) => {
                expect(c.unaware + c.exposed + c.believing + c.doubting).toBe(
                  town.neighbourhoods[a]?.population,
                );
              });
            state = after;
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
