import { getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountFacilitatorPanel } from './facilitator-panel';

async function presenter() {
  const deps = { ...(await viewDeps()), role: 'presenter' as const };
  deps.store.getState().startScenario('proef', 5);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const unmount = mountFacilitatorPanel(root, deps);
  const clock = (which: 'step' | 'total'): string =>
    root.querySelector(`[data-clock="${which}"]`)?.textContent ?? '';
  return { deps, root, unmount, clock };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('presenter panel', () => {
  it('counts the room’s hands per move and plays the move with the most; the tally starts again on the next step', async () => {
    const { deps, root, unmount } = await presenter();
    const user = userEvent.setup();
    const chooseButton = (): HTMLElement =>
      getByRole(root, 'button', { name: /^(Tel eerst|De zaal kiest)/ });
    expect(chooseButton()).toHaveProperty('disabled', true);
    await user.click(getByRole(root, 'button', { name: 'Eén stem meer voor B' }));
    await user.click(getByRole(root, 'button', { name: 'Eén stem meer voor B' }));
    await user.click(getByRole(root, 'button', { name: 'Eén stem meer voor A' }));
    await user.click(getByRole(root, 'button', { name: 'Eén stem minder voor A' }));
    await user.click(getByRole(root, 'button', { name: 'Eén stem meer voor A' }));
    expect(root.querySelector('[aria-label^="B:"]')?.textContent).toBe('2');
    expect(root.querySelector('[aria-label^="A:"]')?.textContent).toBe('1');
    expect(chooseButton().textContent).toBe('De zaal kiest B (PageDown)');
    await user.click(chooseButton());
    const game = deps.store.getState().game;
    expect(game?.history.map((m) => m.choiceId)).toEqual(['honest']);
    // A new step: every count is back to 0 and nothing is chosen yet.
    const counts = [...root.querySelectorAll('.vote-count')].map((c) => c.textContent);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => c === '0')).toBe(true);
    expect(chooseButton()).toHaveProperty('disabled', true);
    unmount();
  });

  it('times each step and the session; a move starts the step clock again, pause stops both', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const { deps, root, unmount, clock } = await presenter();
    expect([clock('step'), clock('total')]).toEqual(['00:00', '00:00']);
    vi.advanceTimersByTime(65_000);
    expect([clock('step'), clock('total')]).toEqual(['01:05', '01:05']);
    deps.store.getState().choose('lie');
    expect([clock('step'), clock('total')]).toEqual(['00:00', '01:05']);
    vi.advanceTimersByTime(10_000);
    getByRole(root, 'button', { name: 'Pauze' }).click();
    vi.advanceTimersByTime(120_000);
    expect([clock('step'), clock('total')]).toEqual(['00:10', '01:15']);
    getByRole(root, 'button', { name: 'Verder' }).click();
    vi.advanceTimersByTime(5_000);
    expect([clock('step'), clock('total')]).toEqual(['00:15', '01:20']);
    unmount();
  });
});
