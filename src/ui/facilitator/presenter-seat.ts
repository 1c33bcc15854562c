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

  /** Counts the requests: only the newest one's end may send this window back to watching. */
  let latest = 0;
  /** A take-over asked for and not yet granted (a second click must not steal from the first). */
  let stealing = false;

  /**
   * Asks for the lock. A request that was granted and then fails was taken over by another
   * window; one that fails before it was granted (Web Locks refused, e.g. a file:// page or a
   * sandboxed frame) leaves this window presenting alone, as without Web Locks.
   */
  const ask = (options: LockOptions): void => {
    if (locks === undefined) return;
    latest += 1;
    const id = latest;
    let granted = false;
    locks
      .request(PRESENTER_LOCK, options, (lock) => {
        if (lock === null) {
          watch(); // another window holds it (only with ifAvailable)
          return undefined;
        }
        granted = true;
        stealing = false;
        return present();
      })
      .catch((error: unknown) => {
        if (stopped || id !== latest) return;
        stealing = false;
        if (granted) watch();
        else if (!(error instanceof DOMException && error.name === 'AbortError')) void present();
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
      if (stopped || stealing || locks === undefined) return;
      if (store.getState().seat.role === 'presenting') return;
      stealing = true;
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
