import type { Choice, ScenarioNode } from '../content/schema';
import { meetsRequirements } from './conditions';
import type { GameState, Move } from './state';
import { nodeById, type World } from './world';

/** The node the player is at now. */
export function currentNode(world: World, state: GameState): ScenarioNode {
  return nodeById(world, state.nodeId);
}

/**
 * The moves the player can make now, in authored order. Empty once the game has ended.
 * On the short route, a node that has available moves marked `short` offers only those.
 */
export function availableChoices(world: World, state: GameState): readonly Choice[] {
  if (state.ending !== null) return [];
  const open = (currentNode(world, state).choices ?? []).filter((c) => meetsRequirements(state, c));
  if (state.route === 'short') {
    const short = open.filter((c) => c.short === true);
    if (short.length > 0) return short;
  }
  return open;
}

/** A technique the player used, with how often and the first move that used it. */
export interface TechniqueUse {
  readonly id: string;
  readonly count: number;
  readonly firstTurn: number;
}

/** Techniques used, in the order the player first used them. */
export function techniquesUsed(history: readonly Move[]): readonly TechniqueUse[] {
  const uses = new Map<string, TechniqueUse>();
  for (const move of history) {
    for (const id of move.techniques) {
      const seen = uses.get(id);
      uses.set(
        id,
        seen ? { ...seen, count: seen.count + 1 } : { id, count: 1, firstTurn: move.turn },
      );
    }
  }
  return [...uses.values()];
}

/** The player's move ids in order: what a save game stores and a replay feeds back. */
export function choiceLog(state: GameState): readonly string[] {
  return state.history.map((m) => m.choiceId);
}
