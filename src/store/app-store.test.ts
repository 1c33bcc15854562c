import { describe, expect, it } from 'vitest';

import { world } from '../../tests/support/fixtures';
import { memoryStorage } from '../../tests/support/memory-storage';
import { bootStore, createAppStore } from './app-store';
import type { LaunchOptions } from './launch-options';

const options: LaunchOptions = {
  lang: undefined,
  scenario: undefined,
  seed: undefined,
  mode: 'solo',
  renderer: 'auto',
};
const worlds = new Map([['proef', world()]]);

function setup(storage = memoryStorage(), launch: Partial<LaunchOptions> = {}) {
  let seed = 100;
  const store = createAppStore(
    { worlds, languages: ['nl', 'en'], storage, newSeed: () => (seed += 1) },
    { ...options, ...launch },
  );
  bootStore(store, { ...options, ...launch }, storage);
  return { store, storage };
}

describe('app store', () => {
  it('starts on the title screen in Dutch', () => {
    const { store } = setup();
    expect(store.getState()).toMatchObject({
      screen: 'title',
      language: 'nl',
      game: null,
      saved: [],
    });
  });

  it('plays, saves after every move and resumes exactly on a new page', () => {
    const { store, storage } = setup();
    store.getState().startScenario('proef');
    store.getState().choose('honest');
    const before = store.getState().game;
    const again = setup(storage).store.getState();
    expect(again.screen).toBe('play');
    expect(again.game).toEqual(before);
  });

  it('ignores a refused move for saving, and shows the debrief only after an ending', () => {
    const { store, storage } = setup();
    store.getState().startScenario('proef');
    store.getState().showDebrief();
    expect(store.getState().screen).toBe('play');
    store.getState().choose('nope');
    expect(store.getState().game?.lastError).toBe('engine/unknown_choice');
    store.getState().choose('honest');
    store.getState().choose('boast');
    store.getState().showDebrief();
    expect(store.getState().screen).toBe('debrief');
    expect(setup(storage).store.getState().screen).toBe('debrief');
  });

  it('discards a corrupted save with a notice and shows the title screen', () => {
    const storage = memoryStorage({
      'geruchtenmolen.current': 'proef',
      'geruchtenmolen.save.proef': '{"format":1,',
    });
    const { store } = setup(storage);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ key: 'notice.save.corrupted', kind: 'warning' }),
    ]);
    expect(storage.getItem('geruchtenmolen.save.proef')).toBeNull();
  });

  it('discards a save whose moves no longer fit the scenario', () => {
    const save = JSON.stringify({
      format: 1,
      scenarioId: 'proef',
      seed: 1,
      moves: ['removed_move'],
      screen: 'play',
    });
    const { store } = setup(
      memoryStorage({ 'geruchtenmolen.current': 'proef', 'geruchtenmolen.save.proef': save }),
    );
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notices[0]?.key).toBe('notice.save.outdated');
  });

  it('a deep link starts the scenario with the given seed, or resumes its own save', () => {
    const { store, storage } = setup(memoryStorage(), { scenario: 'proef', seed: 7 });
    expect(store.getState().game?.seed).toBe(7);
    store.getState().choose('lie');
    expect(setup(storage, { scenario: 'proef' }).store.getState().game?.history).toHaveLength(1);
    expect(
      setup(storage, { scenario: 'proef', seed: 8 }).store.getState().game?.history,
    ).toHaveLength(0);
  });

  it('a ?seed without a scenario applies to the first game started from the title, once', () => {
    const { store } = setup(memoryStorage(), { seed: 4242 });
    expect(store.getState().screen).toBe('title');
    store.getState().startScenario('proef');
    expect(store.getState().game?.seed).toBe(4242);
    store.getState().restart();
    expect(store.getState().game?.seed).not.toBe(4242);
  });

  it('goes back to the title, keeps the save to continue, and clears everything on request', () => {
    const { store, storage } = setup();
    store.getState().startScenario('proef');
    store.getState().choose('lie');
    store.getState().goToTitle();
    expect(store.getState()).toMatchObject({ screen: 'title', saved: ['proef'] });
    expect(setup(storage).store.getState().screen).toBe('title');
    expect(store.getState().resumeScenario('proef')).toBe(true);
    expect(store.getState().game?.history).toHaveLength(1);
    store.getState().clearSavedData();
    expect(store.getState()).toMatchObject({ screen: 'title', saved: [] });
    expect(store.getState().notices.at(-1)?.key).toBe('notice.cleared');
    expect(storage.length).toBe(0);
  });

  it('switching language keeps progress and is remembered', () => {
    const { store, storage } = setup();
    store.getState().startScenario('proef');
    store.getState().choose('lie');
    const game = store.getState().game;
    store.getState().setLanguage('en');
    store.getState().setLanguage('xx');
    expect(store.getState()).toMatchObject({ language: 'en', game });
    expect(setup(storage).store.getState().language).toBe('en');
  });

  it('plays without storage', () => {
    const store = createAppStore(
      { worlds, languages: ['nl', 'en'], storage: null, newSeed: () => 1 },
      options,
    );
    store.getState().startScenario('proef');
    store.getState().choose('lie');
    expect(store.getState().game?.history).toHaveLength(1);
  });

  it('restart begins the same scenario with a fresh seed', () => {
    const { store } = setup();
    store.getState().startScenario('proef');
    const first = store.getState().game?.seed;
    store.getState().choose('lie');
    store.getState().restart();
    expect(store.getState().game?.history).toEqual([]);
    expect(store.getState().game?.seed).not.toBe(first);
  });

  it('restart keeps the short route of a kiosk game', () => {
    const store = createAppStore(
      { worlds, languages: ['nl'], storage: null, newSeed: () => 5, route: 'short' },
      options,
    );
    store.getState().startScenario('proef');
    store.getState().choose('honest');
    store.getState().restart();
    expect(store.getState().game).toMatchObject({ route: 'short', seed: 5, history: [] });
  });

  it('sound is off by default, remembered on the device, and off again for a kiosk player', () => {
    const { store, storage } = setup();
    expect(store.getState().sound).toBe(false);
    store.getState().setSound(true);
    expect(setup(storage).store.getState().sound).toBe(true);
    store.getState().resetForNextPlayer();
    expect(store.getState().sound).toBe(false);
    const kiosk = createAppStore(
      { worlds, languages: ['nl'], storage: null, newSeed: () => 5, route: 'short' },
      options,
    );
    expect(kiosk.getState().sound).toBe(false);
    kiosk.getState().setSound(true);
    expect(kiosk.getState()).toMatchObject({ sound: true, notices: [] });
  });

  it('tells once, and goes on, when the storage refuses the sound setting', () => {
    const storage = memoryStorage();
    const { store } = setup(storage);
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    store.getState().setSound(true);
    store.getState().setSound(false);
    store.getState().setSound(true);
    expect(store.getState().sound).toBe(true);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.soundNotKept']);
  });
});
