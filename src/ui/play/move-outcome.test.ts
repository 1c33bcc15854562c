import { describe, expect, it } from 'vitest';

import type { MoveOutcome } from '../../engine/sim/types';
import { viewDeps } from '../../../tests/support/view-setup';
import { outcomeText } from './move-outcome';

const outcome = (newlyExposed: number, newlyBelieving: number, newlyDoubting: number) =>
  ({
    platform: null,
    emotion: null,
    newlyExposed,
    newlyBelieving,
    newlyDoubting,
    caughtBy: [],
  }) satisfies MoveOutcome;

describe('what a move did, in words with the right plural forms', () => {
  it.each([
    [
      'nl',
      outcome(1, 1, 1),
      'Geen nieuw bericht. Intussen: 1 inwoner hoorde ervan, 1 ging het geloven en 1 ging eraan twijfelen.',
    ],
    [
      'nl',
      outcome(1234, 2, 0),
      'Geen nieuw bericht. Intussen: 1.234 inwoners hoorden ervan, 2 gingen het geloven en 0 gingen eraan twijfelen.',
    ],
    [
      'en',
      outcome(1, 1, 2),
      'No new post. Meanwhile: 1 resident heard about it, 1 came to believe it and 2 came to doubt it.',
    ],
    [
      'en',
      outcome(1234, 0, 0),
      'No new post. Meanwhile: 1,234 residents heard about it, 0 came to believe it and 0 came to doubt it.',
    ],
  ])('%s: %j', async (lang, move, text) => {
    const deps = await viewDeps({ lang });
    const world = [...deps.worlds.values()][0];
    if (world === undefined) throw new Error('no world');
    expect(outcomeText(deps, world, move)).toBe(text);
  });
});
