import { describe, expect, it } from 'vitest';

import { memoryStorage } from '../../tests/support/memory-storage';
import * as saves from './persistence';

const good: saves.SavedGame = {
  format: 1,
  scenarioId: 'proef',
  seed: 5,
  moves: ['lie'],
  screen: 'play',
};

describe('persistence', () => {
  it('writes and reads a save, and remembers the current scenario', () => {
    const storage = memoryStorage();
    saves.writeSave(storage, good);
    expect(saves.readSave(storage, 'proef')).toEqual({ save: good });
    expect(saves.currentScenarioId(storage)).toBe('proef');
  });

  it.each([
    ['not JSON', '{nope', 'corrupted'],
    ['the wrong shape', JSON.stringify({ ...good, moves: 'lie' }), 'corrupted'],
    ['another scenario', JSON.stringify({ ...good, scenarioId: 'other' }), 'corrupted'],
    ['an unsafe seed', JSON.stringify({ ...good, seed: 1e300 }), 'corrupted'],
    ['an older format', JSON.stringify({ ...good, format: 0 }), 'outdated'],
    ['a newer format', JSON.stringify({ ...good, format: 2 }), 'newer'],
    ['null', 'null', 'corrupted'],
  ])('reports a save with %s as a problem', (_what, raw, problem) => {
    const storage = memoryStorage({ 'geruchtenmolen.save.proef': raw });
    expect(saves.readSave(storage, 'proef')).toEqual({ save: null, problem });
  });

  it('clears only its own keys', () => {
    const storage = memoryStorage({ 'other.app': 'keep' });
    saves.writeSave(storage, good);
    saves.writeLanguage(storage, 'en');
    saves.clearAllSavedData(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem('other.app')).toBe('keep');
  });

  it('keeps going when storage throws', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(() => {
      saves.writeSave(broken, good);
    }).not.toThrow();
    expect(saves.readSave(broken, 'proef')).toEqual({ save: null });
    expect(saves.readLanguage(broken)).toBeNull();
  });

  it('reads the language setting only when it is well-formed', () => {
    expect(
      saves.readLanguage(memoryStorage({ 'geruchtenmolen.settings': '{"language":"en"}' })),
    ).toBe('en');
    expect(saves.readLanguage(memoryStorage({ 'geruchtenmolen.settings': '[1]' }))).toBeNull();
    expect(saves.readLanguage(memoryStorage({ 'geruchtenmolen.settings': '{' }))).toBeNull();
  });

  it('keeps sound and language side by side; sound is off unless stored as on', () => {
    const storage = memoryStorage();
    expect(saves.readSound(storage)).toBe(false);
    expect(saves.writeSound(storage, true)).toBe(true);
    saves.writeLanguage(storage, 'en');
    expect(saves.readSound(storage)).toBe(true);
    expect(saves.readLanguage(storage)).toBe('en');
    saves.writeSound(storage, false);
    expect(saves.readLanguage(storage)).toBe('en');
    expect(saves.readSound(memoryStorage({ 'geruchtenmolen.settings': '{"sound":"yes"}' }))).toBe(
      false,
    );
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saves.writeSound(broken, true)).toBe(false);
  });
});
