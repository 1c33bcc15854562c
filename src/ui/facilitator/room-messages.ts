import type { World } from '../../engine/world';
import type { Presenter, Snapshot } from '../../store/app-store';

/**
 * The messages on the room's BroadcastChannel, and their check. Any page of the same origin can
 * post on the channel (on an intranet many pages share one), so every message is parsed against
 * this schema with limits before it is used; anything else is ignored.
 */
export type RoomMessage =
  | { readonly type: 'hello' }
  | {
      readonly type: 'snapshot';
      readonly snapshot: Snapshot;
      /** The window that sent it, and since when it presents: the newest take-over wins. */
      readonly presenter: Presenter;
    };

const SCREENS: readonly Snapshot['screen'][] = [
  'title',
  'play',
  'defence',
  'debrief',
  'group',
  'check',
  'privacy',
  'accessibility',
];
/** The group debrief's steps are 0–4 (feelings, facts, learnings, our municipality, actions). */
const GROUP_STEPS = 5;
/** Ids are short snake_case words; anything longer is not one of ours. */
const MAX_ID = 64;
/** The defender round has three moments; a little room for stories with more. */
const MAX_DEFENCE = 10;
const MAX_SEED = 0xffff_ffff;
/** A take-over time may be a little ahead of this window's clock, never far. */
const MAX_CLOCK_AHEAD_MS = 60_000;

/** The result of a check: the message, or why it was refused (for the one console warning). */
export type Parsed =
  | { readonly ok: true; readonly message: RoomMessage }
  | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isIdList = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every(isId);

/** Checks one message from the channel against the schema and the stories this page knows. */
export function parseRoomMessage(
  data: unknown,
  worlds: ReadonlyMap<string, World>,
  now: number = Date.now(),
): Parsed {
  const no = (reason: string): Parsed => ({ ok: false, reason });
  if (!isRecord(data)) return no('not an object');
  if (data.type === 'hello') return { ok: true, message: { type: 'hello' } };
  if (data.type !== 'snapshot') return no('unknown type');
  const p = data.presenter;
  if (
    !isRecord(p) ||
    !isId(p.id) ||
    typeof p.since !== 'number' ||
    !Number.isInteger(p.since) ||
    p.since < 0 ||
    p.since > now + MAX_CLOCK_AHEAD_MS
  )
    return no('presenter: a window name and the time it took the seat');
  const presenter: Presenter = { id: p.id, since: p.since };
  const s = data.snapshot;
  if (!isRecord(s)) return no('snapshot is not an object');
  const world =
    s.scenarioId === null
      ? null
      : typeof s.scenarioId === 'string'
        ? worlds.get(s.scenarioId)
        : undefined;
  if (world === undefined) return no('unknown story');
  // A path never visits more steps than the story has nodes (the checker walks every path).
  const longest = world?.scenario.nodes.length ?? 0;
  if (!isIdList(s.moves, longest)) return no(`moves: at most ${String(longest)} move ids`);
  if (!isIdList(s.defence, MAX_DEFENCE)) return no('defence: a short list of ids');
  if (typeof s.seed !== 'number' || !Number.isInteger(s.seed) || s.seed < 0 || s.seed > MAX_SEED)
    return no('seed out of range');
  if (!SCREENS.includes(s.screen as Snapshot['screen'])) return no('unknown screen');
  if (typeof s.language !== 'string' || s.language.length > 16) return no('language');
  if (typeof s.blank !== 'boolean' || typeof s.defenceFeedback !== 'boolean')
    return no('blank and defenceFeedback must be true or false');
  if (
    typeof s.groupStep !== 'number' ||
    !Number.isInteger(s.groupStep) ||
    s.groupStep < 0 ||
    s.groupStep >= GROUP_STEPS
  )
    return no('group step out of range');
  const snapshot: Snapshot = {
    scenarioId: world === null ? null : world.scenario.id,
    seed: s.seed,
    moves: [...s.moves],
    defence: [...s.defence],
    screen: s.screen as Snapshot['screen'],
    language: s.language,
    blank: s.blank,
    groupStep: s.groupStep,
    defenceFeedback: s.defenceFeedback,
  };
  return { ok: true, message: { type: 'snapshot', snapshot, presenter } };
}

/**
 * A listener for the channel that passes only checked messages on. A refused message costs one
 * console warning (at most one a second, so a flood cannot flood the console either).
 */
export function checkedListener(
  worlds: ReadonlyMap<string, World>,
  use: (message: RoomMessage) => void,
): (event: MessageEvent<unknown>) => void {
  let lastWarning = -Infinity;
  return (event) => {
    const parsed = parseRoomMessage(event.data, worlds);
    if (parsed.ok) {
      use(parsed.message);
      return;
    }
    const now = performance.now();
    if (now - lastWarning < 1000) return;
    lastWarning = now;
    console.warn(`Geruchtenmolen: a message on the room channel was ignored (${parsed.reason}).`);
  };
}
