import { latestByArea } from '../../src/engine/simulation';
import { townCounts } from '../../src/engine/sim/counts';
import type { AreaCounts } from '../../src/engine/sim/types';
import type { GameState } from '../../src/engine/state';
import type { World } from '../../src/engine/world';

/** Whole-town counts of the newest tick (all unaware before the first move): what tests measure. */
export function latestCounts(world: World, state: GameState): AreaCounts {
  return townCounts(latestByArea(world, state));
}
