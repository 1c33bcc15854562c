import type { World } from '../../engine/world';
import type { AppStoreApi } from '../../store/app-store';
import { broadcastFromPresenter, followPresenter } from './projector-sync';

/**
 * One presenter per browser. Every `?mode=facilitator` window asks for the same Web Lock; the
 * window that holds it presents (drives the game, the projector and the save), every other one
 * watches read-only and mirrors the presenter's snapshots. "Neem over" steals the lock: the
 * window that presented is told (its lock request fails) and watches from then on. When the
 * presenting window closes or reloads, the browser releases its lock and the window that waited
 * longest takes the seat by itself. Without Web Locks (an old browser, a page not served over
 * https or from localhost) the window presents alone, as before.
 */
const PRESENTER_LOCK = 'geruchtenmolen-presenter';

/** The part of the Web Locks API the seat uses (navigator.locks; a fake in tests). */
export interface Locks {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<void> | undefined,
  ): Promise<unknown>;
}

export interface PresenterSeat {
  /** Makes this window the presenter; the window that presented watches from then on. */
  readonly takeOver: () => void;
  /** Gives the seat up (the lock is released) and stops talking on the channel. */
  readonly stop: () => void;
}

export function takePresenterSeat(
  store: AppStoreApi,
  worlds: ReadonlyMap<string, World>,
  locks: Locks | undefined,
  now: () => number = Date.now,
): PresenterSeat {
  const start = store.getState().seat;
  const self = start.role === 'none' ? 'solo' : start.self;
  let stopSync: (() => void) | undefined;
  let release: (() => void) | undefined;
  let waiting: AbortController | undefined;
  let stopped = false;

  /** This window holds the lock: it presents until the returned promise ends (lock released). */
  const present = (): Promise<void> => {
    waiting = undefined;
    stopSync?.();
    const since = now();
    store.getState().setSeat({ role: 'presenting', self, since });
    stopSync = broadcastFromPresenter(store, worlds, { id: self, since });
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };

  /** Asks for the lock; a request that was granted and then fails was taken over by another window. */
  const ask = (options: LockOptions): void => {
    if (locks === undefined) return;
    let granted = false;
    locks
      .request(PRESENTER_LOCK, options, (lock) => {
        if (lock === null) {
          watch(); // another window holds it (only with ifAvailable)
          return undefined;
        }
        granted = true;
        return present();
      })
      .catch(() => {
        if (granted && !stopped) watch();
      });
  };

  /** Another window presents: follow it read-only, and wait in line for the lock. */
  const watch = (): void => {
    stopSync?.();
    release = undefined;
    store.getState().setSeat({ role: 'watching', self, presenter: null });
    stopSync = followPresenter(store, worlds, (presenter) => {
      const seat = store.getState().seat;
      if (seat.role === 'watching') store.getState().setSeat({ ...seat, presenter });
    });
    waiting = new AbortController();
    ask({ signal: waiting.signal });
  };

  if (locks === undefined) void present();
  else ask({ ifAvailable: true });

  return {
    takeOver: () => {
      if (stopped || locks === undefined || store.getState().seat.role === 'presenting') return;
      waiting?.abort();
      waiting = undefined;
      ask({ steal: true });
    },
    stop: () => {
      stopped = true;
      waiting?.abort();
      release?.();
      stopSync?.();
    },
  };
}
