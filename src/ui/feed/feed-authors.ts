import type { AccountRole } from '../../content/simulation-vocabulary';
import { fillHandle, fillTownNames } from '../../content/town-names';
import type { World } from '../../engine/world';
import { scenarioText, type ViewDeps } from '../shared/view-deps';

/** Who wrote a post, as the feeds show it. */
export interface Author {
  readonly id: string;
  readonly name: string;
  readonly handle: string;
  /** The role of a recurring town account (municipality, journalist, …); null for scenario accounts. */
  readonly role: AccountRole | null;
}

/** Fills in the town's names in a town account's display name ("Gemeente {{town}}", "{{place.radio}}"). */
export function withTownNames(world: World, text: string): string {
  return fillTownNames(world.town, text);
}

/**
 * A handle as shown: its variables filled in ("@petra_{{area.lindehof}}" → "@petra_lindehof").
 * An older handle that spells out the town profile's id ("@gemeente_lindewaard") gets the new
 * name when config.json renamed the town ("@gemeente_zuidhaven"), so no old name shows.
 */
export function localHandle(world: World, handle: string): string {
  const filled = fillHandle(world.town, handle);
  const slug = world.town.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
  if (slug === '' || slug === world.town.id) return filled;
  return filled.replace(new RegExp(world.town.id.replaceAll('_', ''), 'gi'), slug);
}

/**
 * The author of a post: a scenario account first (its name is scenario text), then one of the
 * town's recurring accounts, else the bare id. Pure apart from translating.
 */
export function postAuthor(deps: ViewDeps, world: World, id: string): Author {
  const own = world.scenario.accounts.find((a) => a.id === id);
  if (own !== undefined)
    return {
      id,
      name: scenarioText(deps, world, own.name),
      handle: localHandle(world, own.handle),
      role: null,
    };
  const shared = world.town.accounts.find((a) => a.id === id);
  if (shared !== undefined)
    return {
      id,
      name: withTownNames(world, shared.name),
      handle: localHandle(world, shared.handle),
      role: shared.role,
    };
  return { id, name: id, handle: '', role: null };
}
