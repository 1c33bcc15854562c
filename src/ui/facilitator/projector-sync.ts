import type { World } from '../../engine/world';
import { type AppStoreApi, snapshotOf } from '../../store/app-store';
import { checkedListener, type RoomMessage } from './room-messages';

/**
 * The presenter's window and the projector's window talk over a BroadcastChannel: same origin,
 * no server. The presenter sends a snapshot on every change; a projector that opens (or reloads)
 * says hello and gets the current one at once. Returns the stop function.
 */
const CHANNEL = 'geruchtenmolen-room';

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
  bc.onmessage = checkedListener(worlds, (message) => {
    if (message.type === 'snapshot') store.getState().mirror(message.snapshot);
  });
  bc.postMessage({ type: 'hello' } satisfies RoomMessage);
  return () => {
    bc.close();
  };
}
