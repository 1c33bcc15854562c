import type { World } from '../../engine/world';
import { type AppStoreApi, type Presenter, snapshotOf } from '../../store/app-store';
import { checkedListener, type RoomMessage } from './room-messages';

/**
 * The presenter's window and the projector's window talk over a BroadcastChannel: same origin,
 * no server. The presenter sends a snapshot on every change; a projector that opens (or reloads)
 * says hello and gets the current one at once. Every snapshot names the window that sent it and
 * when that window took the seat, so a follower (the projector, or a second presenter window that
 * only watches) follows the presenter only. Returns the stop function.
 */
const CHANNEL = 'geruchtenmolen-room';
const HELLO_EVERY_MS = 2000;

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export function broadcastFromPresenter(
  store: AppStoreApi,
  worlds: ReadonlyMap<string, World>,
  presenter: Presenter,
): () => void {
  const bc = channel();
  if (bc === null) return () => undefined;
  const send = (): void => {
    bc.postMessage({
      type: 'snapshot',
      snapshot: snapshotOf(store.getState()),
      presenter,
    } satisfies RoomMessage);
  };
  bc.onmessage = checkedListener(worlds, (message) => {
    if (message.type === 'hello') send();
  });
  const unsubscribe = store.subscribe(
    (s) => [s.game, s.screen, s.blank, s.groupStep, s.language, s.defenceFeedback] as const,
    send,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  send();
  return () => {
    unsubscribe();
    bc.close();
  };
}

/**
 * Whether a snapshot from `next` is the presenter's, given the presenter followed so far: the
 * same window (not from an earlier turn of it), or a window that took the seat later. A snapshot
 * from a window that was taken over is its last word on the way out, and is ignored.
 */
export function isCurrentPresenter(current: Presenter | null, next: Presenter): boolean {
  if (current === null) return true;
  if (next.id === current.id) return next.since >= current.since;
  return next.since > current.since || (next.since === current.since && next.id > current.id);
}

export function followPresenter(
  store: AppStoreApi,
  worlds: ReadonlyMap<string, World>,
  onPresenter: (presenter: Presenter) => void = () => undefined,
): () => void {
  const bc = channel();
  if (bc === null) return () => undefined;
  // Until a presenter answers, say hello again now and then: a presenter window that opens
  // (or reloads) later, or one busy loading when the first hello came, still finds the projector.
  const hello = (): void => {
    bc.postMessage({ type: 'hello' } satisfies RoomMessage);
  };
  const retry = window.setInterval(hello, HELLO_EVERY_MS);
  let last = '';
  let current: Presenter | null = null;
  bc.onmessage = checkedListener(worlds, (message) => {
    if (message.type !== 'snapshot' || !isCurrentPresenter(current, message.presenter)) return;
    window.clearInterval(retry);
    const { presenter } = message;
    if (current?.id !== presenter.id || current.since !== presenter.since) {
      current = presenter;
      onPresenter(presenter);
    }
    // The same snapshot again (an answer to a repeated hello) changes nothing: no second replay.
    const key = JSON.stringify(message.snapshot);
    if (key === last) return;
    last = key;
    store.getState().mirror(message.snapshot);
  });
  hello();
  return () => {
    window.clearInterval(retry);
    bc.close();
  };
}
