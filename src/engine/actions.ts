/** Plain, serialisable events. Their log is the save game and the replay. */
export type GameAction =
  | { readonly type: 'choice/selected'; readonly choiceId: string }
  | { readonly type: 'game/restarted'; readonly seed: number };

export const selectChoice = (choiceId: string): GameAction => ({ type: 'choice/selected', choiceId });
export const restartGame = (seed: number): GameAction => ({ type: 'game/restarted', seed });
