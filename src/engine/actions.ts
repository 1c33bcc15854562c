import type { Response } from '../content/catalogue-schema';

/** Plain, serialisable events. Their log is the save game and the replay. */
export type GameAction =
  | { readonly type: 'choice/selected'; readonly choiceId: string }
  | { readonly type: 'game/restarted'; readonly seed: number }
  | { readonly type: 'defence/responded'; readonly response: Response };

export const selectChoice = (choiceId: string): GameAction => ({
  type: 'choice/selected',
  choiceId,
});
export const respond = (response: Response): GameAction => ({
  type: 'defence/responded',
  response,
});
export const restartGame = (seed: number): GameAction => ({ type: 'game/restarted', seed });
