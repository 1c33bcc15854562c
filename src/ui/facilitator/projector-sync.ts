import { type AppStoreApi, type Snapshot, snapshotOf } from '../../store/app-store';

/**
 * The presenter's window and the projector's window talk over a BroadcastChannel: same origin,
 * no server. The presenter sends a snapshot on every change; a projector that opens (or reloads)
 * says hello and gets the current one at once. Returns the stop function.
 */
const CHANNEL = 'geruchtenmolen-room';

type Message =
  { readonly type: 'hello' } | { readonly type: 'snapshot'; readonly snapshot: Snapshot };

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export function broadcastFromPresenter(store: AppStoreApi): () => void {
  const bc = channel();
  if (bc === null) return () => undefined;
  const send = (): void => {
    bc.postMessage({ type: 'snapshot', snapshot: snapshotOf(store.getState()) } satisfies Message);
  };
  bc.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.type === 'hello') send();
  };
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

export function followPresenter(store: AppStoreApi): () => void {
  const bc = channel();
  if (bc === null) return () => undefined;
  bc.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.type === 'snapshot') store.getState().mirror(event.data.snapshot);
  };
  bc.postMessage({ type: 'hello' } satisfies Message);
  return () => {
    bc.close();
  };
}
