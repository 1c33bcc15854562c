import { describe, expect, it } from 'vitest';

import { world } from '../../tests/support/fixtures';
import { memoryStorage } from '../../tests/support/memory-storage';
import { bootStore, createAppStore } from './app-store';
import type { LaunchOptions } from './launch-options';
import type { KeyValueStorage } from './persistence';

const options: LaunchOptions = {
  lang: undefined,
  scenario: undefined,
  seed: undefined,
  mode: 'solo',
  renderer: 'auto',
};

function setup(storage: KeyValueStorage) {
  let seed = 100;
  const store = createAppStore(
    {
      worlds: new Map([['proef', world()]]),
      languages: ['nl', 'en'],
      storage,
      newSeed: () => (seed += 1),
    },
    options,
  );
  bootStore(store, options, storage);
  return store;
}

const saved = (fields: Record<string, unknown>) =>
  memoryStorage({
    'geruchtenmolen.current': 'proef',
    'geruchtenmolen.save.proef': JSON.stringify({
      format: 1,
      scenarioId: 'proef',
      seed: 1,
      moves: [],
      screen: 'play',
      ...fields,
    }),
  });

describe('saves that cannot be stored or opened', () => {
  it('a full storage: one notice on the first failed save, and the game goes on', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const store = setup(storage);
    store.getState().startScenario('proef');
    store.getState().choose('honest');
    store.getState().choose('boast');
    expect(store.getState().game?.history).toHaveLength(2);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.save.failed']);
  });

  it('a save made by a newer version is explained and kept, not deleted', () => {
    const storage = saved({ format: 2, somethingNew: true });
    const store = setup(storage);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.save.newer']);
    expect(storage.getItem('geruchtenmolen.save.proef')).toContain('"format":2');
  });

  it('a save that names the debrief for a game without an ending opens on play', () => {
    const store = setup(saved({ screen: 'debrief', moves: ['honest'] }));
    expect(store.getState().screen).toBe('play');
    expect(store.getState().game?.history).toHaveLength(1);
    expect(store.getState().game?.ending).toBeNull();
  });

  it('a save that names the debrief after an ending still opens on the debrief', () => {
    const store = setup(saved({ screen: 'debrief', moves: ['honest', 'boast'] }));
    expect(store.getState().game?.ending).not.toBeNull();
    expect(store.getState().screen).toBe('debrief');
  });
});
