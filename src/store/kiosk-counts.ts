import type { KeyValueStorage } from './persistence';

/**
 * Anonymous play counters for a festival kiosk, kept on the device only: per day, how many games
 * were started and how many reached the debrief. No names, no answers, nothing else.
 */
const KEY = 'geruchtenmolen-kiosk.counts';

export interface DayCount {
  readonly day: string;
  readonly started: number;
  readonly finished: number;
}

export function readCounts(storage: KeyValueStorage): DayCount[] {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (d): d is DayCount =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as DayCount).day === 'string' &&
        Number.isInteger((d as DayCount).started) &&
        Number.isInteger((d as DayCount).finished),
    );
  } catch {
    return [];
  }
}

/** Games started on `day` (0 when none were counted). */
export function playsOn(storage: KeyValueStorage, day: string): number {
  return readCounts(storage).find((d) => d.day === day)?.started ?? 0;
}

export function countPlay(
  storage: KeyValueStorage,
  day: string,
  what: 'started' | 'finished',
): void {
  const counts = readCounts(storage);
  const today = counts.find((d) => d.day === day) ?? { day, started: 0, finished: 0 };
  const next = [...counts.filter((d) => d.day !== day), { ...today, [what]: today[what] + 1 }]
    .sort((a, b) => a.day.localeCompare(b.day))
    .slice(-60); // about two months of festival days is plenty
  try {
    storage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Counting is a nicety; a full storage must not stop the game.
  }
}
