import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import { COUNTDOWN_SECONDS, watchKioskIdle } from './kiosk-idle';
import { watchStaffKeys } from './staff-panel';

afterEach(() => {
  vi.useRealTimers();
});

async function kiosk() {
  const deps = { ...(await viewDeps()), kiosk: true };
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  return { deps, root };
}

describe('festival kiosk', () => {
  it('invites with one tap and offers no saving or printing', async () => {
    const { root, deps } = await kiosk();
    expect(queryByRole(root, 'button', { name: 'Opgeslagen gegevens wissen' })).toBeNull();
    getByRole(root, 'button', { name: 'Tik hier om te beginnen' }).click();
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 1 · /);
    deps.store.getState().choose('honest');
    deps.store.getState().choose('boast');
    deps.store.getState().showDebrief();
    expect(queryByRole(root, 'button', { name: 'Afdrukken of opslaan als pdf' })).toBeNull();
    const done = getAllByRole(root, 'button', {
      name: 'Klaar: de volgende speler is aan de beurt',
    });
    expect(done).toHaveLength(2); // at the top of the short debrief and at its end
    done[0]?.click();
    expect(getByRole(root, 'button', { name: 'Tik hier om te beginnen' })).toBeTruthy();
    expect(deps.store.getState().game).toBeNull();
  });

  it('counts down after the idle time, then resets with nothing of the player left', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 30);
    getByRole(root, 'button', { name: 'Tik hier om te beginnen' }).click();
    deps.store.getState().choose('lie');
    vi.advanceTimersByTime(29_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    vi.advanceTimersByTime(1_000);
    const dialog = getByRole(root, 'alertdialog', { name: 'Ben je er nog?' });
    expect(dialog.textContent).toContain(
      `Over ${String(COUNTDOWN_SECONDS)} seconden begint het spel opnieuw`,
    );
    vi.advanceTimersByTime(3_000);
    expect(dialog.textContent).toContain('Over 7 seconden');
    vi.advanceTimersByTime(7_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(getByRole(root, 'button', { name: 'Tik hier om te beginnen' })).toBeTruthy();
    expect(root.textContent).not.toContain('nl:Leugen');
    expect(deps.store.getState()).toMatchObject({
      game: null,
      world: null,
      checks: {},
      screen: 'title',
    });
    stop();
  });

  it('any input cancels the countdown', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 20);
    getByRole(root, 'button', { name: 'Tik hier om te beginnen' }).click();
    vi.advanceTimersByTime(20_000);
    getByRole(root, 'button', { name: 'Ik speel verder' }).dispatchEvent(
      new Event('pointerdown', { bubbles: true }),
    );
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    vi.advanceTimersByTime(15_000);
    expect(deps.store.getState().game).not.toBeNull();
    stop();
  });

  it('shows the anonymous counts to staff behind Ctrl+Alt+K', async () => {
    const { root, deps } = await kiosk();
    const stop = watchStaffKeys(root, deps, () => [
      { day: '2026-11-28', started: 12, finished: 9 },
    ]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, altKey: true }));
    const panel = getByRole(root, 'dialog', {
      name: 'Aantal spellen per dag (alleen voor de stand)',
    });
    expect(panel.textContent).toContain('2026-11-28');
    expect(panel.querySelector('tbody')?.textContent).toBe('2026-11-28129');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(queryByRole(root, 'dialog')).toBeNull();
    stop();
  });
});
