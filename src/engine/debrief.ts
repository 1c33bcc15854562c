import type { Catalogue } from '../content/catalogue-schema';
import type { EndingKind } from '../content/schema';
import { type TechniqueUse, techniquesUsed } from './selectors';
import type { GameState, Meters, Move } from './state';

/** What the debrief shows, as data: a pure function of the game's history and the catalogue. */
export interface DebriefSummary {
  readonly ending: EndingKind | null;
  readonly endingNodeId: string;
  readonly moves: readonly Move[];
  readonly used: readonly (TechniqueUse & { readonly domain: string })[];
  /** Catalogue techniques the player did not use, in catalogue order. */
  readonly notUsed: readonly string[];
  readonly finalMeters: Meters;
}

export function buildDebrief(state: GameState, catalogue: Catalogue): DebriefSummary {
  const domains = new Map(catalogue.techniques.map((t) => [t.id, t.domain]));
  const used = techniquesUsed(state.history)
    .filter((u) => domains.has(u.id))
    .map((u) => ({ ...u, domain: domains.get(u.id) ?? '' }));
  const usedIds = new Set(used.map((u) => u.id));
  return {
    ending: state.ending,
    endingNodeId: state.nodeId,
    moves: state.history,
    used,
    notUsed: catalogue.techniques.map((t) => t.id).filter((id) => !usedIds.has(id)),
    finalMeters: state.meters,
  };
}
