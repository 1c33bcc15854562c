import type { Measure } from '../content/simulation-vocabulary';
import { techniquesUsed } from './selectors';
import type { GameState } from './state';
import type { World } from './world';

/**
 * A technique badge: earned by the first move that uses the technique. It is cracked when a
 * resilience measure of the municipality caught a move that used it (the measure is named).
 */
export interface Badge {
  readonly id: string;
  readonly firstTurn: number;
  readonly count: number;
  readonly caughtBy: readonly Measure[];
}

/** The badges earned so far, in the order the player earned them. */
export function badgesOf(game: GameState): readonly Badge[] {
  return techniquesUsed(game.history).map((use) => {
    const caught = new Set<Measure>();
    for (const move of game.history) {
      if (move.techniques.includes(use.id)) move.outcome?.caughtBy.forEach((m) => caught.add(m));
    }
    return { ...use, caughtBy: [...caught] };
  });
}

/** Badges the newest move earned: techniques used for the first time on the last turn. */
export function newBadges(game: GameState): readonly Badge[] {
  const last = game.history[game.history.length - 1]?.turn;
  return badgesOf(game).filter((b) => b.firstTurn === last);
}

/** Every technique some move of the story uses, in the order they first appear in the file. */
export function storyTechniques(world: World): readonly string[] {
  const seen = new Set<string>();
  for (const node of world.scenario.nodes)
    for (const choice of node.choices ?? []) for (const t of choice.techniques ?? []) seen.add(t);
  return [...seen];
}
