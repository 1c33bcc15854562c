import type { Catalogue } from '../content/catalogue-schema';
import type { Scenario, ScenarioNode } from '../content/schema';
import type { Town } from '../content/town-schema';
import { resolveParams } from './sim/params';
import { generatePopulation } from './sim/population';
import type { SimContext } from './sim/spread';
import type { Population } from './sim/types';

/** Everything the engine needs to know about the content, validated and indexed once. */
export interface World {
  readonly scenario: Scenario;
  readonly town: Town;
  readonly nodes: ReadonlyMap<string, ScenarioNode>;
  /** The tactic catalogue, for the defender round; absent in worlds built for structure-only checks. */
  readonly catalogue?: Catalogue;
  /**
   * The simulated town: every resident, the parameters and the measures in place. Null in a
   * structure-only world (the content checker walks every path without simulating residents;
   * story conditions never depend on the simulation, which the checker enforces).
   */
  readonly sim: SimContext | null;
}

export interface WorldOptions {
  /** False for structure-only checks: no residents are generated or simulated. */
  readonly simulate?: boolean;
}

/** Indexes a validated scenario and its town. Pure (the residents of a town are generated once and shared). */
export function createWorld(
  scenario: Scenario,
  town: Town,
  catalogue?: Catalogue,
  options: WorldOptions = {},
): World {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  if (options.simulate === false) return structure(scenario, town, nodes, catalogue);
  // The residents are generated the first time a game needs them, not when the content loads,
  // so the title screen does not wait for them.
  let context: SimContext | undefined;
  return {
    scenario,
    town,
    nodes,
    ...(catalogue === undefined ? {} : { catalogue }),
    get sim(): SimContext {
      context ??= {
        population: populationOf(town),
        params: resolveParams(scenario.simulation?.params),
        measures: scenario.simulation?.measures ?? [],
        ...startAreaOf(scenario, town),
      };
      return context;
    },
  };
}

/** The index of the story's start neighbourhood in the town, when it names one the town has. */
function startAreaOf(scenario: Scenario, town: Town): { startArea?: number } {
  const id = scenario.simulation?.startArea;
  const index = town.neighbourhoods.findIndex((n) => n.id === id);
  return id === undefined || index < 0 ? {} : { startArea: index };
}

/** The same world without its simulation, for walking every path quickly. */
export function structureOnly(world: World): World {
  return structure(world.scenario, world.town, world.nodes, world.catalogue);
}

function structure(
  scenario: Scenario,
  town: Town,
  nodes: ReadonlyMap<string, ScenarioNode>,
  catalogue: Catalogue | undefined,
): World {
  return catalogue === undefined
    ? { scenario, town, nodes, sim: null }
    : { scenario, town, nodes, catalogue, sim: null };
}

// A town renamed by config.json keeps its neighbourhoods array, so its residents are reused.
const populations = new WeakMap<Town['neighbourhoods'], Population>();

function populationOf(town: Town): Population {
  const known = populations.get(town.neighbourhoods);
  if (known !== undefined) return known;
  const population = generatePopulation(town);
  populations.set(town.neighbourhoods, population);
  return population;
}

/** The node with this id; throws only on a programming error (the linter guarantees ids). */
export function nodeById(world: World, id: string): ScenarioNode {
  const node = world.nodes.get(id);
  if (node === undefined) throw new Error(`engine: no node '${id}' in '${world.scenario.id}'`);
  return node;
}
