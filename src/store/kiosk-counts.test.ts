import { describe, expect, it } from 'vitest';

import { memoryStorage } from '../../tests/support/memory-storage';
import { countPlay, playsOn, readCounts } from './kiosk-counts';
import { clearAllSavedData } from './persistence';

describe('kiosk counts', () => {
  it('counts games started and finished per day, on the device', () => {
    const storage = memoryStorage();
    countPlay(storage, '2026-11-28', 'started');
    countPlay(storage, '2026-11-28', 'started');
    countPlay(storage, '2026-11-28', 'finished');
    countPlay(storage, '2026-11-29', 'started');
    expect(readCounts(storage)).toEqual([
      { day: '2026-11-28', started: 2, finished: 1 },
      { day: '2026-11-29', started: 1, finished: 0 },
    ]);
    expect(playsOn(storage, '2026-11-28')).toBe(2);
    expect(playsOn(storage, '2026-11-30')).toBe(0);
  });

  it('survives the reset between players, and ignores a damaged record', () => {
    const storage = memoryStorage();
    countPlay(storage, '2026-11-28', 'started');
    clearAllSavedData(storage);
    expect(readCounts(storage)).toHaveLength(1);
    expect(readCounts(memoryStorage({ 'geruchtenmolen-kiosk.counts': '{broken' }))).toEqual([]);
    expect(readCounts(memoryStorage({ 'geruchtenmolen-kiosk.counts': '[{"day":1}]' }))).toEqual([]);
  });
});
