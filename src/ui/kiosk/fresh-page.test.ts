import { getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import { type PageControl, reloadWhenServed } from './fresh-page';
import { COUNTDOWN_SECONDS, watchKioskIdle } from './kiosk-idle';

afterEach(() => {
  vi.useRealTimers();
});

const START = 'Tik hier om te beginnen';
const HREF = 'https://stand.example.org/spel/?mode=kiosk';

/** A page whose own address answers `answer` (a status, or a network failure). */
function fakePage(answer: number | 'unreachable', href = HREF) {
  const fetch = vi.fn<PageControl['fetch']>(() =>
    answer === 'unreachable'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve({ ok: answer >= 200 && answer < 300, redirected: false }),
  );
  const reload = vi.fn();
  const page: PageControl = { href, fetch, reload };
  return { page, fetch, reload };
}

describe('the kiosk reset chooses a fresh page only when the server answers', () => {
  it.each([200, 204])(
    '%i: reloads, after asking its own address past every cache',
    async (status) => {
      const { page, fetch, reload } = fakePage(status);
      expect(await reloadWhenServed(page, () => true)).toBe(true);
      expect(reload).toHaveBeenCalledOnce();
      expect(fetch).toHaveBeenCalledWith(HREF, expect.objectContaining({ cache: 'no-store' }));
    },
  );

  it.each([500, 503, 404, 'unreachable'] as const)(
    '%s: stays on the page (a reload would show the browser’s error page)',
    async (answer) => {
      const { page, reload } = fakePage(answer);
      expect(await reloadWhenServed(page, () => true)).toBe(false);
      expect(reload).not.toHaveBeenCalled();
    },
  );

  it('an answer that was redirected elsewhere (a captive portal) is not the game: stays', async () => {
    const { page, reload } = fakePage(200);
    const redirected: PageControl = {
      ...page,
      fetch: () => Promise.resolve({ ok: true, redirected: true }),
    };
    expect(await reloadWhenServed(redirected, () => true)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a page opened from a file reloads without asking (there is no server to lose)', async () => {
    const { page, fetch, reload } = fakePage('unreachable', 'file:///media/usb/spel/index.html');
    expect(await reloadWhenServed(page, () => true)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads onto its own address, without a story named in it (it would skip the attract screen)', async () => {
    const plain = fakePage(200);
    await reloadWhenServed(plain.page, () => true);
    expect(plain.reload).toHaveBeenCalledWith(HREF);
    const named = fakePage(200, `${HREF}&scenario=zwembad&lang=en`);
    await reloadWhenServed(named.page, () => true);
    const next = `${HREF}&lang=en`;
    expect(named.fetch).toHaveBeenCalledWith(next, expect.objectContaining({ cache: 'no-store' }));
    expect(named.reload).toHaveBeenCalledWith(next);
  });

  it('a visitor who started while the server answered keeps their game', async () => {
    const { page, reload } = fakePage(200);
    expect(await reloadWhenServed(page, () => false)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

/** The app in kiosk mode, on its attract screen. */
async function mountedKiosk() {
  const deps = { ...(await viewDeps()), kiosk: true };
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  return { deps, root };
}

describe('the idle reset with a fresh page', () => {
  async function kioskAfterIdle(answer: number | 'unreachable') {
    vi.useFakeTimers();
    const { deps, root } = await mountedKiosk();
    const fake = fakePage(answer);
    const stop = watchKioskIdle(root, deps, 15, fake.page);
    getByRole(root, 'button', { name: START }).click();
    deps.store.getState().choose('lie');
    vi.advanceTimersByTime(15_000 + COUNTDOWN_SECONDS * 1000);
    await vi.waitFor(() => {
      expect(fake.fetch).toHaveBeenCalled();
    });
    await Promise.resolve(); // the answer is read
    return { root, deps, stop, ...fake };
  }

  it('reloads when the server answers, after the game is already gone from the screen', async () => {
    const { root, deps, stop, reload } = await kioskAfterIdle(200);
    expect(reload).toHaveBeenCalledOnce();
    expect(deps.store.getState().game).toBeNull();
    expect(root.querySelector('[role="feed"], .post-player')).toBeNull();
    stop();
  });

  it.each([503, 'unreachable'] as const)(
    'server answers %s: the in-page reset, attract screen with focus on its heading',
    async (answer) => {
      const { root, deps, stop, reload } = await kioskAfterIdle(answer);
      await Promise.resolve();
      expect(reload).not.toHaveBeenCalled();
      expect(queryByRole(root, 'alertdialog')).toBeNull();
      const heading = getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' });
      expect(document.activeElement).toBe(heading);
      expect(deps.store.getState()).toMatchObject({ game: null, screen: 'title' });
      // The next visitor is watched as before.
      getByRole(root, 'button', { name: START }).click();
      vi.advanceTimersByTime(15_000);
      expect(getByRole(root, 'alertdialog', { name: 'Ben je er nog?' }).isConnected).toBe(true);
      stop();
    },
  );

  it('"Klaar" on the results card starts the next visitor on a fresh page too', async () => {
    const { deps, root } = await mountedKiosk();
    const fake = fakePage(200);
    const stop = watchKioskIdle(root, deps, 15, fake.page);
    getByRole(root, 'button', { name: START }).click();
    expect(fake.fetch).not.toHaveBeenCalled();
    deps.store.getState().resetForNextPlayer(); // what "Klaar" does
    await vi.waitFor(() => {
      expect(fake.reload).toHaveBeenCalledOnce();
    });
    stop();
  });

  it('a kiosk page starts with focus on the attract heading (as after a reload)', async () => {
    const { deps, root } = await mountedKiosk();
    (document.activeElement as HTMLElement | null)?.blur();
    const stop = watchKioskIdle(root, deps, 15, fakePage(200).page);
    expect(document.activeElement).toBe(
      getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' }),
    );
    stop();
  });
});
