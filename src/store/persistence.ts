/**
 * Saved games in localStorage: one slot per scenario plus which one was played last.
 * Reading never throws: a corrupted, foreign or older save comes back as a `problem` so the
 * caller can discard it and tell the player; a save from a newer version comes back as
 * 'newer', to be kept (the player may go back to that version). Writing never throws either:
 * it says whether the save was stored, so a full or blocked storage can be told once.
 */
export const SAVE_FORMAT = 1;
const PREFIX = 'geruchtenmolen.';
const CURRENT_KEY = `${PREFIX}current`;
const SETTINGS_KEY = `${PREFIX}settings`;
const CHECKS_KEY = `${PREFIX}checks`;
const saveKey = (scenarioId: string): string => `${PREFIX}save.${scenarioId}`;

export type Screen =
  'title' | 'play' | 'defence' | 'debrief' | 'group' | 'check' | 'privacy' | 'accessibility';

/** What a save holds: enough to replay the game exactly, and the screen the player was on. */
export interface SavedGame {
  readonly format: typeof SAVE_FORMAT;
  readonly scenarioId: string;
  readonly seed: number;
  readonly moves: readonly string[];
  /** The crisis team's responses in the defender round, if it has started. */
  readonly defence?: readonly string[];
  /** The feedback on the last response was on screen. */
  readonly defenceFeedback?: boolean;
  /** Facilitator mode: the short name of the window that presents (the only one that saves). */
  readonly presenter?: string;
  readonly screen: SavedScreen;
}

export type SavedScreen = 'play' | 'defence' | 'debrief';

export type SaveProblem = 'corrupted' | 'outdated' | 'newer';
export type ReadResult = { readonly save: SavedGame | null; readonly problem?: SaveProblem };

/** The slice of the Web Storage API persistence needs (so tests can pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly length: number;
  key(index: number): string | null;
};

export function readSave(storage: KeyValueStorage, scenarioId: string): ReadResult {
  const raw = safeGet(storage, saveKey(scenarioId));
  if (raw === null) return { save: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { save: null, problem: 'corrupted' };
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format !== SAVE_FORMAT
  ) {
    const newer = typeof value.format === 'number' && value.format > SAVE_FORMAT;
    return { save: null, problem: newer ? 'newer' : 'outdated' };
  }
  return isSavedGame(value, scenarioId) ? { save: value } : { save: null, problem: 'corrupted' };
}

/** Stores a game; false when the storage refused it (full, blocked). */
export function writeSave(storage: KeyValueStorage, save: SavedGame): boolean {
  return (
    safeSet(storage, saveKey(save.scenarioId), JSON.stringify(save)) &&
    safeSet(storage, CURRENT_KEY, save.scenarioId)
  );
}

/**
 * The screen a resumed game opens on: the saved one when the replayed game can be there, else
 * the nearest that fits (a save that says "debrief" for a game without an ending opens on play).
 */
export function resumeScreen(saved: SavedScreen, hasEnding: boolean): SavedScreen {
  return hasEnding ? saved : 'play';
}

export function removeSave(storage: KeyValueStorage, scenarioId: string): void {
  storage.removeItem(saveKey(scenarioId));
  if (safeGet(storage, CURRENT_KEY) === scenarioId) storage.removeItem(CURRENT_KEY);
}

/** The scenario played last, if any. */
export const currentScenarioId = (storage: KeyValueStorage): string | null =>
  safeGet(storage, CURRENT_KEY);

/** Marks that no game is open (the player went back to the title screen). */
export const clearCurrent = (storage: KeyValueStorage): void => {
  storage.removeItem(CURRENT_KEY);
};

/** The device's settings: the language chosen last and whether sound is on. */
interface StoredSettings {
  readonly language?: string;
  readonly sound?: boolean;
}

function readSettings(storage: KeyValueStorage): StoredSettings {
  const raw = safeGet(storage, SETTINGS_KEY);
  try {
    const value = raw === null ? null : (JSON.parse(raw) as unknown);
    if (typeof value !== 'object' || value === null) return {};
    const v = value as Record<string, unknown>;
    return {
      ...(typeof v.language === 'string' ? { language: v.language } : {}),
      ...(typeof v.sound === 'boolean' ? { sound: v.sound } : {}),
    };
  } catch {
    return {};
  }
}

/** Changes one setting and keeps the others; false when the storage refused it. */
function writeSetting(storage: KeyValueStorage, change: StoredSettings): boolean {
  return safeSet(storage, SETTINGS_KEY, JSON.stringify({ ...readSettings(storage), ...change }));
}

export const readLanguage = (storage: KeyValueStorage): string | null =>
  readSettings(storage).language ?? null;

export function writeLanguage(storage: KeyValueStorage, language: string): void {
  writeSetting(storage, { language });
}

/** Whether the player turned sound on, on this device; off when nothing (readable) is stored. */
export const readSound = (storage: KeyValueStorage): boolean =>
  readSettings(storage).sound === true;

/** Remembers sound on or off; false when the storage refused it (full, blocked). */
export const writeSound = (storage: KeyValueStorage, sound: boolean): boolean =>
  writeSetting(storage, { sound });

/**
 * Answers of the discernment checks, kept on this device only: { order?, before?: {...}, after?: {...} }.
 * `order` is which parallel set this player got first (drawn once, at random).
 */
export type StoredChecks = Partial<
  Record<'before' | 'after', Readonly<Record<string, 'reliable' | 'manipulative'>>>
> & { readonly order?: 'ab' | 'ba' };

export function readChecks(storage: KeyValueStorage): StoredChecks {
  try {
    const value = JSON.parse(safeGet(storage, CHECKS_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const out: { -readonly [K in keyof StoredChecks]: StoredChecks[K] } = {};
    const order = (value as Record<string, unknown>).order;
    if (order === 'ab' || order === 'ba') out.order = order;
    for (const phase of ['before', 'after'] as const) {
      const answers = (value as Record<string, unknown>)[phase];
      if (typeof answers !== 'object' || answers === null) continue;
      const valid = Object.entries(answers).filter(
        (e): e is [string, 'reliable' | 'manipulative'] =>
          e[1] === 'reliable' || e[1] === 'manipulative',
      );
      out[phase] = Object.fromEntries(valid);
    }
    return out;
  } catch {
    return {};
  }
}

export function writeChecks(storage: KeyValueStorage, checks: StoredChecks): void {
  safeSet(storage, CHECKS_KEY, JSON.stringify(checks));
}

/** Removes everything this game stored on the device, and nothing else. */
export function clearAllSavedData(storage: KeyValueStorage): void {
  const ours: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) ours.push(key);
  }
  for (const key of ours) storage.removeItem(key);
}

function isSavedGame(value: unknown, scenarioId: string): value is SavedGame {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === SAVE_FORMAT &&
    v.scenarioId === scenarioId &&
    typeof v.seed === 'number' &&
    Number.isSafeInteger(v.seed) &&
    Array.isArray(v.moves) &&
    v.moves.every((m) => typeof m === 'string') &&
    (v.defence === undefined ||
      (Array.isArray(v.defence) && v.defence.every((m) => typeof m === 'string'))) &&
    (v.defenceFeedback === undefined || typeof v.defenceFeedback === 'boolean') &&
    (v.presenter === undefined || (typeof v.presenter === 'string' && v.presenter.length <= 64)) &&
    (v.screen === 'play' || v.screen === 'defence' || v.screen === 'debrief')
  );
}

// Storage can throw (private mode, quota, blocked by policy): the game must go on without it.
function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    // Saving is a convenience; a full or blocked storage must not stop play.
    return false;
  }
}
