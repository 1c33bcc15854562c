import { describe, expect, it } from 'vitest';

import { scenario, town } from '../../tests/support/fixtures';
import { selectChoice } from './actions';
import { bestEndingClosedOff } from './best-ending';
import { reduce } from './reducer';
import { createInitialState } from './state';
import { createWorld } from './world';

const world = createWorld(scenario(), town, undefined, { simulate: false });
const play = (moves: string[]) =>
  moves.reduce((s, m) => reduce(world, s, selectChoice(m)), createInitialState(world, 1));

describe('which move closed off the best ending', () => {
  it('names the move after which the viral ending could no longer be reached, and the meter that fell', () => {
    // 'lie' costs credibility (55 → 45); 'boast' towards the viral ending needs at least 60.
    const closed = bestEndingClosedOff(world, play(['lie', 'wait']));
    expect(closed?.move.choiceId).toBe('lie');
    expect(closed?.meter).toBe('credibility');
    expect(closed?.endingNodeId).toBe('viral');
  });

  it('without a meter when the player simply took another way', () => {
    const closed = bestEndingClosedOff(world, play(['honest', 'wait']));
    expect(closed?.move.choiceId).toBe('wait');
    expect(closed?.meter).toBeUndefined();
  });

  it('nothing when the best ending was reached, or the game is not over', () => {
    expect(bestEndingClosedOff(world, play(['honest', 'boast']))).toBeUndefined();
    expect(bestEndingClosedOff(world, play(['lie']))).toBeUndefined();
  });
});
