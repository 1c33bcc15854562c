import type { World } from '../../engine/world';
import { type AppStoreApi, snapshotOf } from '../../store/app-store';
import { checkedListener, type RoomMessage } from './room-messages';

/**
 * The presenter's window and the projector's window talk over a BroadcastChannel: same origin,
 * no server. The presenter sends a snapshot on every change; a projector that opens (or reloads)
 * says hello and gets the current one at once. Returns the stop function.
 */
const CHANNEL = 'geruchtenmolen-room';
const HELLO_EVERY_MS = 2000;

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export function broadcastFromPresenter(
  store: AppStoreApi,
  worlds: ReadonlyMap<string, World>,
): () => void {
  const bc = channel();
  if (bc === null) return () => undefined;
  const send = (): void => {
    bc.postMessage({
      type: 'snapshot',
      snapshot: snapshotOf(store.getState()),
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

export function followPresenter(
  store: AppStoreApi,
  worlds: ReadonlyMap<string, World>,
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
  bc.onmessage = checkedListener(worlds, (message) => {
    if (message.type !== 'snapshot') return;
    window.clearInterval(retry);
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
