import { townTextValues } from '../../content/town-names';
import type { Reply } from '../../engine/sim/types';
import type { World } from '../../engine/world';
import type { ViewDeps } from '../shared/view-deps';

/** A reply as the thread shows it: who, from which neighbourhood, and what they wrote. */
export interface ReplyLine {
  /** Index of the resident, for a consistent avatar. */
  readonly resident: number;
  readonly name: string;
  readonly area: string;
  readonly text: string;
}

/**
 * Where the words of a reply come from, in order: the scenario's own templates for the
 * technique, the tactic catalogue's, then the catalogue's general ones for this kind of reply.
 */
function candidates(world: World, reply: Reply): readonly (readonly [ns: string, key: string])[] {
  const technique = reply.technique ?? 'any';
  const key = `replies.${technique}.${reply.kind}`;
  return [
    [`scenario.${world.scenario.id}`, key],
    ['techniques', key],
    ['techniques', `replies.any.${reply.kind}`],
  ];
}

/** The number of templates under a key, or 0 when there is no list there. */
function templateCount(deps: ViewDeps, ns: string, key: string): number {
  if (!deps.i18n.exists(key, { ns })) return 0;
  const value: unknown = deps.i18n.t(key, { ns, returnObjects: true });
  return Array.isArray(value) ? value.length : 0;
}

/**
 * The text of one reply: the technique's templates (the scenario's own first, else the
 * catalogue's) followed by the general ones for this kind of reply, as one list; template
 * `variant` modulo its length, with the resident's neighbourhood and the town's names filled in.
 * Joining the lists gives a thread more different texts than one short list would.
 * Null when there is no template at all.
 */
export function replyText(deps: ViewDeps, world: World, reply: Reply): string | null {
  const [scenarioKey, catalogueKey, generalKey] = candidates(world, reply);
  const specific = [scenarioKey, catalogueKey].find(
    (entry) => entry !== undefined && templateCount(deps, entry[0], entry[1]) > 0,
  );
  const lists = [
    specific,
    generalKey !== undefined && generalKey[1] !== specific?.[1] ? generalKey : undefined,
  ]
    .filter((entry): entry is readonly [string, string] => entry !== undefined)
    .map(([ns, key]) => ({ ns, key, count: templateCount(deps, ns, key) }))
    .filter((list) => list.count > 0);
  const total = lists.reduce((sum, list) => sum + list.count, 0);
  if (total === 0) return null;
  let index = ((reply.variant % total) + total) % total;
  // {{area}} is the replier's own neighbourhood; {{area.<id>}} names one (flat keys, no clash).
  const values = { ...townTextValues(world.town), area: areaName(world, reply.area) };
  for (const { ns, key, count } of lists) {
    if (index < count) return deps.i18n.t(`${key}.${String(index)}`, { ns, ...values });
    index -= count;
  }
  return null;
}

/** A neighbourhood's name by id; the id itself if the town has no such neighbourhood. */
export function areaName(world: World, id: string): string {
  return world.town.neighbourhoods.find((n) => n.id === id)?.name ?? id;
}

/** The replies of a post that have words, in order (oldest first). */
export function replyLines(deps: ViewDeps, world: World, replies: readonly Reply[]): ReplyLine[] {
  return replies.flatMap((reply) => {
    const text = replyText(deps, world, reply);
    return text === null
      ? []
      : [{ resident: reply.resident, name: reply.name, area: areaName(world, reply.area), text }];
  });
}
