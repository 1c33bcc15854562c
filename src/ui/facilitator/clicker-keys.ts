import { nextDefenceMoment } from '../../engine/defence';
import type { ViewDeps } from '../shared/view-deps';

const FORWARD = ['PageDown', 'ArrowRight'];
const BACK = ['PageUp', 'ArrowLeft'];

/**
 * The presenter's clicker: PageDown/Space/→ plays the room's choice (or goes on), PageUp/← takes
 * a move back (or a group-debrief step), B blanks the projector. Returns the key listener.
 */
export function clickerKeys(
  deps: ViewDeps,
  roomChoice: () => string | undefined,
  play: (id: string) => void,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.altKey || event.metaKey)
      return;
    const forward =
      FORWARD.includes(event.key) ||
      (event.key === ' ' && !(event.target instanceof HTMLButtonElement));
    const back = BACK.includes(event.key);
    const state = deps.store.getState();
    if (event.key === 'b' || event.key === 'B') state.setBlank(!state.blank);
    else if (state.screen === 'group') {
      if (forward) state.showGroupStep(state.groupStep + 1);
      else if (back) state.showGroupStep(state.groupStep - 1);
    } else if (forward && state.screen === 'defence' && state.defenceFeedback) {
      event.preventDefault();
      if (state.game && nextDefenceMoment(state.game) === undefined) state.showDebrief();
      else state.continueDefence();
    } else if (forward) {
      const chosen = roomChoice();
      if (chosen === undefined) return;
      event.preventDefault();
      play(chosen);
    } else if (back) {
      event.preventDefault();
      state.rewind();
    }
  };
}
