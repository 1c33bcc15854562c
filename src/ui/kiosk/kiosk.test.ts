import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import type { ViewDeps } from '../shared/view-deps';
import { COUNTDOWN_SECONDS, watchKioskIdle } from './kiosk-idle';
import { watchStaffKeys } from './staff-panel';

afterEach(() => {
  vi.useRealTimers();
});

const START = 'Tik hier om te beginnen';

async function kiosk(extra: Partial<ViewDeps> = {}) {
  const deps: ViewDeps = { ...(await viewDeps()), kiosk: true, ...extra };
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  return { deps, root };
}

/** The attract screen's level-1 heading (the wordmark), as a screen reader names it. */
const attractHeading = (root: HTMLElement): HTMLElement =>
  getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' });

describe('the attract screen', () => {
  it('invites with the name, one big call to play, today’s plays and posts a visitor could make', async () => {
    const { root } = await kiosk({ kioskPlaysToday: () => 37 });
    const main = getByRole(root, 'main');
    expect(attractHeading(root).closest('main')).toBe(main);
    expect(getAllByRole(main, 'button').map((b) => b.textContent)).toEqual([START]);
    expect(main.querySelector('.attract-count')?.textContent).toBe('Vandaag al 37 keer gespeeld');
    const posts = getByRole(main, 'region', { name: 'Dit kun jij straks posten' });
    // The fixture story's one move with a post and a trick: the lie.
    expect(getAllByRole(posts, 'listitem').map((li) => li.textContent)).toEqual([
      'nl:Ik @iknl:Leugen',
    ]);
    expect(getByRole(main, 'img', { name: /Testdorp/ })).toBeInstanceOf(SVGElement);
    expect(main.textContent).toContain('Anoniem: er wordt niets over jou bewaard.');
  });

  it('says nothing about plays before the first game of the day', async () => {
    const { root } = await kiosk({ kioskPlaysToday: () => 0 });
    expect(root.querySelector('.attract-count')).toBeNull();
    expect(root.textContent).not.toContain('gespeeld');
  });
});

describe('a kiosk visit', () => {
  it('starts on one tap, ends on a short results card, and "done" brings the next visitor in', async () => {
    const { root, deps } = await kiosk({ boosterUrl: 'https://www.example.org/verder' });
    expect(queryByRole(root, 'button', { name: 'Opgeslagen gegevens wissen' })).toBeNull();
    getByRole(root, 'button', { name: START }).click();
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 1 · /);
    deps.store.getState().choose('honest');
    deps.store.getState().choose('boast');
    deps.store.getState().showDebrief();
    const main = getByRole(root, 'main');
    expect(getByRole(main, 'heading', { level: 1 }).textContent).toBe('Nabespreking');
    // Only the card, the QR code to take home and the next visitor's button: no print, no
    // links away, no long read.
    expect(getAllByRole(main, 'button').map((b) => b.textContent)).toEqual([
      'Klaar: de volgende speler is aan de beurt',
    ]);
    expect(main.querySelectorAll('a')).toHaveLength(0);
    expect(getByRole(main, 'img', { name: 'QR-code naar https://www.example.org/verder' })).toBe(
      main.querySelector('svg.qr-code'),
    );
    expect(main.textContent).toContain('Scan de code en lees thuis verder');
    expect(main.querySelector('.timeline, .technique, .reach-section')).toBeNull();
    getByRole(main, 'button', { name: 'Klaar: de volgende speler is aan de beurt' }).click();
    expect(document.activeElement).toBe(attractHeading(root));
    expect(deps.store.getState().game).toBeNull();
  });
});

describe('the idle warning', () => {
  it('warns after the idle time, counts down 20 seconds, then resets with focus on the attract heading', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 30);
    getByRole(root, 'button', { name: START }).click();
    deps.store.getState().choose('lie');
    expect(root.querySelectorAll('.post-player').length).toBeGreaterThan(0);
    vi.advanceTimersByTime(29_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    vi.advanceTimersByTime(1_000);
    const dialog = getByRole(root, 'alertdialog', { name: 'Ben je er nog?' });
    expect(COUNTDOWN_SECONDS).toBeGreaterThanOrEqual(20);
    expect(dialog.textContent).toContain('Over 20 seconden begint het spel opnieuw');
    expect(document.activeElement?.textContent).toBe('Ik speel verder');
    vi.advanceTimersByTime(19_000);
    expect(dialog.textContent).toContain('Over 1 seconde begint het spel opnieuw');
    expect(dialog.isConnected).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(document.activeElement).toBe(attractHeading(root));
    expect(root.querySelectorAll('.post-player, [role="feed"]')).toHaveLength(0);
    expect(deps.store.getState()).toMatchObject({
      game: null,
      world: null,
      checks: {},
      screen: 'title',
    });
    stop();
  });

  it('is heard when it opens and again at 10 and 5 seconds, not every second', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 15);
    getByRole(root, 'button', { name: START }).click();
    vi.advanceTimersByTime(15_000);
    const dialog = getByRole(root, 'alertdialog');
    // Opening: the dialog's name and description are read with it.
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('Over 20 seconden');
    const live = [...dialog.querySelectorAll('[aria-live]')];
    expect(live).toHaveLength(1);
    const heard: string[] = [];
    let last = live[0]?.textContent ?? '';
    expect(last).toBe('');
    for (let second = 1; second < COUNTDOWN_SECONDS; second += 1) {
      vi.advanceTimersByTime(1_000);
      const now = live[0]?.textContent ?? '';
      if (now !== last) heard.push(now);
      last = now;
    }
    expect(heard).toEqual([
      'Over 10 seconden begint het spel opnieuw voor de volgende bezoeker.',
      'Over 5 seconden begint het spel opnieuw voor de volgende bezoeker.',
    ]);
    stop();
  });

  it('"Ik speel verder" closes it and puts focus back where the player was', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 20);
    getByRole(root, 'button', { name: START }).click();
    const move = getByRole(root, 'button', { name: /nl:Eerlijk/ });
    move.focus();
    vi.advanceTimersByTime(20_000);
    // Behind the warning nothing can be reached.
    expect(root.querySelector('.screen-slot')?.closest('[inert]')).not.toBeNull();
    getByRole(root, 'button', { name: 'Ik speel verder' }).click();
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(document.activeElement).toBe(move);
    expect(root.querySelector('[inert]')).toBeNull();
    // The idle time starts again from the tap.
    vi.advanceTimersByTime(19_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(deps.store.getState().game).not.toBeNull();
    stop();
  });

  it('Escape closes it too, with focus back; a press on its button is left to the button', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 20);
    getByRole(root, 'button', { name: START }).click();
    const move = getByRole(root, 'button', { name: /nl:Lieg/ });
    move.focus();
    vi.advanceTimersByTime(20_000);
    const keep = getByRole(root, 'button', { name: 'Ik speel verder' });
    keep.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    keep.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(keep.isConnected).toBe(true);
    keep.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(document.activeElement).toBe(move);
    stop();
  });

  it.each([
    [
      'a tap',
      (el: Element) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })),
    ],
    ['a key', (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }))],
    [
      'focus moving',
      (el: Element) => {
        (el as HTMLElement).focus();
      },
    ],
    ['scrolling', (el: Element) => el.dispatchEvent(new Event('scroll'))],
  ])('%s puts the warning off', async (_what, act) => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 20);
    getByRole(root, 'button', { name: START }).click();
    vi.advanceTimersByTime(19_000);
    act(getByRole(root, 'button', { name: /nl:Lieg/ }));
    vi.advanceTimersByTime(19_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(getByRole(root, 'alertdialog', { name: 'Ben je er nog?' }).isConnected).toBe(true);
    stop();
  });

  it('never warns on the attract screen itself', async () => {
    vi.useFakeTimers();
    const { root, deps } = await kiosk();
    const stop = watchKioskIdle(root, deps, 20);
    vi.advanceTimersByTime(120_000);
    expect(queryByRole(root, 'alertdialog')).toBeNull();
    expect(attractHeading(root).isConnected).toBe(true);
    stop();
  });
});

describe('the staff panel', () => {
  it('shows the anonymous counts to staff behind Ctrl+Alt+K', async () => {
    const { root, deps } = await kiosk();
    const stop = watchStaffKeys(root, deps, () => [
      { day: '2026-11-28', started: 12, finished: 9 },
    ]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, altKey: true }));
    const panel = getByRole(root, 'dialog', {
      name: 'Aantal spellen per dag (alleen voor de stand)',
    });
    const cells = [...panel.querySelectorAll('tbody th, tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['2026-11-28', '12', '9']);
    expect(document.activeElement?.textContent).toBe('Sluiten');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(queryByRole(root, 'dialog')).toBeNull();
    stop();
  });
});
