import type { Notice } from '../launch-options';
import type { SliceContext } from './slice-context';

export interface ShownNotice extends Notice {
  readonly id: number;
}

/** Messages for the player (a broken save, a bad address), each until it is dismissed. */
export interface NoticesSliceState {
  readonly notices: readonly ShownNotice[];
}

export interface NoticesActions {
  notify(notice: Notice): void;
  dismissNotice(id: number): void;
}

export function noticesSlice(
  { set, get }: SliceContext,
  initial: readonly Notice[],
): NoticesSliceState & NoticesActions {
  let nextNoticeId = 0;
  const shown = (n: Notice): ShownNotice => ({ ...n, id: (nextNoticeId += 1) });
  return {
    notices: initial.map(shown),

    notify(notice) {
      set({ notices: [...get().notices, shown(notice)] });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  };
}
