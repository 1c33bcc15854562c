import { getByRole, queryByRole } from '@testing-library/dom';
import type { Resource } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FakeLocks } from '../../../tests/support/fake-locks';
import {
  catalogue,
  catalogueLocale,
  scenario,
  scenarioLocale,
  town,
} from '../../../tests/support/fixtures';
import { launch } from '../../../tests/support/view-setup';
import { createWorld } from '../../engine/world';
import { choiceLog } from '../../engine/selectors';
import { createI18n } from '../../i18n/create-i18n';
import en from '../../i18n/locales/en.json';
import nl from '../../i18n/locales/nl.json';
import { type AppStoreApi, bootStore, createAppStore } from '../../store/app-store';
import { readSave } from '../../store/persistence';
import { mountApp } from '../app-view';
import type { ViewDeps } from '../shared/view-deps';
import { isCurrentPresenter } from './projector-sync';
import { type Locks, type PresenterSeat, takePresenterSeat } from './presenter-seat';

const worlds = new Map([['proef', createWorld(scenario(), town, catalogue)]]);
const open: PresenterSeat[] = [];
let clock = 1_000_000;
const now = (): number => (clock += 1000);

/** One `?mode=facilitator` window of the same browser: its own store, the shared storage and locks. */
function facilitatorWindow(name: string, locks: Locks | undefined) {
  const store = createAppStore(
    {
      worlds,
      languages: ['nl', 'en'],
      storage: localStorage,
      newSeed: () => 5,
      presenterWindow: name,
    },
    launch,
  );
  bootStore(store, launch, localStorage);
  const seat = takePresenterSeat(store, worlds, locks, now);
  open.push(seat);
  return { store, seat };
}

const moves = (store: AppStoreApi): readonly string[] => {
  const { game } = store.getState();
  return game === null ? [] : choiceLog(game);
};
const savedPresenter = (): string | undefined => readSave(localStorage, 'proef').save?.presenter;

afterEach(() => {
  for (const seat of open.splice(0)) seat.stop();
});

describe('one presenter per browser', () => {
  it('a second window watches read-only: it follows the presenter, cannot move and never saves', async () => {
    const locks = new FakeLocks();
    const a = facilitatorWindow('AAAA', locks);
    a.store.getState().startScenario('proef', 5);
    expect(a.store.getState().seat).toMatchObject({ role: 'presenting', self: 'AAAA' });
    expect(savedPresenter()).toBe('AAAA');

    const b = facilitatorWindow('BBBB', locks);
    expect(b.store.getState().seat.role).toBe('watching');
    // It hears who presents (the answer to its hello) and shows the presenter's game.
    await vi.waitFor(() => {
      expect(b.store.getState().seat).toMatchObject({ presenter: { id: 'AAAA' } });
    });
    expect(b.store.getState().game?.scenarioId).toBe('proef');

    b.store.getState().choose('lie');
    b.store.getState().restart();
    b.store.getState().goToTitle();
    expect(b.store.getState().screen).toBe('play');
    expect(moves(b.store)).toEqual([]);

    a.store.getState().choose('honest');
    await vi.waitFor(() => {
      expect(moves(b.store)).toEqual(['honest']);
    });
    expect(readSave(localStorage, 'proef').save).toMatchObject({
      moves: ['honest'],
      presenter: 'AAAA',
    });
  });

  it('"Neem over" makes the second window the presenter and the first read-only; the save says so', async () => {
    const locks = new FakeLocks();
    const a = facilitatorWindow('AAAA', locks);
    a.store.getState().startScenario('proef', 5);
    const b = facilitatorWindow('BBBB', locks);
    await vi.waitFor(() => {
      expect(b.store.getState().game?.scenarioId).toBe('proef');
    });

    b.seat.takeOver();
    expect(b.store.getState().seat).toMatchObject({ role: 'presenting', self: 'BBBB' });
    expect(savedPresenter()).toBe('BBBB');
    await vi.waitFor(() => {
      expect(a.store.getState().seat).toMatchObject({
        role: 'watching',
        presenter: { id: 'BBBB' },
      });
    });

    a.store.getState().choose('lie');
    expect(moves(a.store)).toEqual([]);
    b.store.getState().choose('honest');
    await vi.waitFor(() => {
      expect(moves(a.store)).toEqual(['honest']);
    });
    expect(readSave(localStorage, 'proef').save).toMatchObject({
      moves: ['honest'],
      presenter: 'BBBB',
    });
  });

  it('when the presenting window closes, the watching one takes the seat by itself', async () => {
    const locks = new FakeLocks();
    const a = facilitatorWindow('AAAA', locks);
    a.store.getState().startScenario('proef', 5);
    a.store.getState().choose('honest');
    const b = facilitatorWindow('BBBB', locks);
    await vi.waitFor(() => {
      expect(moves(b.store)).toEqual(['honest']);
    });

    a.seat.stop(); // the browser releases a closed window's locks
    await vi.waitFor(() => {
      expect(b.store.getState().seat).toMatchObject({ role: 'presenting', self: 'BBBB' });
    });
    expect(savedPresenter()).toBe('BBBB');
    b.store.getState().choose('boast');
    expect(moves(b.store)).toEqual(['honest', 'boast']);
    expect(readSave(localStorage, 'proef').save?.moves).toEqual(['honest', 'boast']);
  });

  it('a double click on "Neem over" still leaves exactly one presenter', async () => {
    const locks = new FakeLocks();
    const a = facilitatorWindow('AAAA', locks);
    a.store.getState().startScenario('proef', 5);
    // As in Chromium, a steal is granted a moment later, not at once.
    const later: Locks = {
      request: (name, options, callback) =>
        options.steal === true
          ? new Promise((resolve) => setTimeout(resolve, 5)).then(() =>
              locks.request(name, options, callback),
            )
          : locks.request(name, options, callback),
    };
    const b = facilitatorWindow('BBBB', later);
    await vi.waitFor(() => {
      expect(b.store.getState().game?.scenarioId).toBe('proef');
    });
    b.seat.takeOver();
    b.seat.takeOver();
    await vi.waitFor(() => {
      expect(a.store.getState().seat.role).toBe('watching');
    });
    // Let every lock promise settle, then look again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(b.store.getState().seat.role).toBe('presenting');
    expect(a.store.getState().seat.role).toBe('watching');
    expect(locks.held).toBe(true);
  });

  it('where the browser refuses Web Locks (a file:// page, a sandboxed frame), the window presents alone', async () => {
    const refusing = {
      request: () => Promise.reject(new DOMException('Access denied.', 'SecurityError')),
    };
    const store = createAppStore(
      {
        worlds,
        languages: ['nl', 'en'],
        storage: localStorage,
        newSeed: () => 5,
        presenterWindow: 'CCCC',
      },
      launch,
    );
    bootStore(store, launch, localStorage);
    open.push(takePresenterSeat(store, worlds, refusing, now));
    await vi.waitFor(() => {
      expect(store.getState().seat).toMatchObject({ role: 'presenting', self: 'CCCC' });
    });
  });

  it('without Web Locks a window presents alone, as before', () => {
    const a = facilitatorWindow('AAAA', undefined);
    expect(a.store.getState().seat.role).toBe('presenting');
  });

  it('a follower takes snapshots from the presenter only: an old presenter’s last word is ignored', () => {
    const a = { id: 'AAAA', since: 100 };
    expect(isCurrentPresenter(null, a)).toBe(true);
    expect(isCurrentPresenter(a, a)).toBe(true);
    expect(isCurrentPresenter(a, { id: 'BBBB', since: 200 })).toBe(true);
    expect(isCurrentPresenter({ id: 'BBBB', since: 200 }, a)).toBe(false);
    expect(isCurrentPresenter({ id: 'AAAA', since: 300 }, a)).toBe(false);
  });
});

async function deps(store: AppStoreApi, takeOver: () => void): Promise<ViewDeps> {
  const resources: Resource = {
    nl: { ui: nl, techniques: catalogueLocale('nl'), 'scenario.proef': scenarioLocale('nl') },
    en: { ui: en, techniques: catalogueLocale('en'), 'scenario.proef': scenarioLocale('en') },
  };
  const i18n = await createI18n('nl', resources);
  return { store, i18n, worlds, catalogue, languages: ['nl', 'en'], role: 'presenter', takeOver };
}

describe('the watching window on screen', () => {
  it('says who presents, makes the game inert and offers "Neem over"; taking over gives the controls back', async () => {
    const locks = new FakeLocks();
    const a = facilitatorWindow('AAAA', locks);
    a.store.getState().startScenario('proef', 5);
    const b = facilitatorWindow('BBBB', locks);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const unmount = mountApp(root, await deps(b.store, b.seat.takeOver));
    await vi.waitFor(() => {
      expect(root.querySelector('.seat-notice')?.textContent).toMatch(
        /^Alleen meekijkenVenster AAAA presenteert deze sessie, sinds \d\d:\d\d\. Dit venster \(BBBB\) volgt het alleen/,
      );
    });
    expect(root.querySelector<HTMLElement>('.screen-slot')?.inert).toBe(true);
    expect(root.querySelector<HTMLElement>('.header-slot')?.inert).toBe(true);
    expect(queryByRole(root, 'button', { name: /Eén stem meer/ })).toBeNull();
    // The presenter moves on while a keyboard user sits on "Neem over": focus stays there.
    const status = root.querySelector('.seat-slot');
    getByRole(root, 'button', { name: 'Neem over' }).focus();
    a.store.getState().choose('honest');
    await vi.waitFor(() => {
      expect(b.store.getState().game?.history).toHaveLength(1);
    });
    expect(document.activeElement?.textContent).toBe('Neem over');
    expect(root.querySelector('.seat-slot')).toBe(status); // one status region, not a new one

    getByRole(root, 'button', { name: 'Neem over' }).click();
    await vi.waitFor(() => {
      expect(root.querySelector('.seat-status')?.textContent).toBe(
        'Dit venster presenteert (venster BBBB).',
      );
    });
    expect(root.querySelector<HTMLElement>('.screen-slot')?.inert).toBe(false);
    expect(getByRole(root, 'button', { name: 'Eén stem meer voor A' })).toBeTruthy();
    // Focus was on "Neem over", which is gone: it lands on the panel's heading, not on the page.
    await vi.waitFor(() => {
      expect(document.activeElement?.id).toBe('facilitator-heading');
    });
    await vi.waitFor(() => {
      expect(a.store.getState().seat.role).toBe('watching');
    });
    unmount();
  });
});
