import type { Catalogue } from '../content/catalogue-schema';
import type { Scenario, ScenarioNode } from '../content/schema';
import type { Town } from '../content/town-schema';

/** Everything the engine needs to know about the content, validated and indexed once. */
export interface World {
  readonly scenario: Scenario;
  readonly town: Town;
  readonly nodes: ReadonlyMap<string, ScenarioNode>;
  /** The tactic catalogue, for the defender round; absent in worlds built for structure-only checks. */
  readonly catalogue?: Catalogue;
}

/** Indexes a validated scenario and its town. Pure. */
export function createWorld(scenario: Scenario, town: Town, catalogue?: Catalogue): World {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  return catalogue === undefined ? { scenario, town, nodes } : { scenario, town, nodes, catalogue };
}

/** The node with this id; throws only on a programming error (the linter guarantees ids). */
export function nodeById(world: World, id: string): ScenarioNode {
  const node = world.nodes.get(id);
  if (node === undefined) throw new Error(`engine: no node '${id}' in '${world.scenario.id}'`);
  return node;
}
