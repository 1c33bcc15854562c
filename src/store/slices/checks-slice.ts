import { type Answers, type CheckPhase, checkOrder } from '../../engine/discernment';
import * as saves from '../persistence';
import type { SliceContext } from './slice-context';

/** The discernment check before play and after the debrief. */
export interface ChecksSliceState {
  /** The discernment check being taken, if any, and whether it has been handed in. */
  readonly check: { readonly phase: CheckPhase; readonly submitted: boolean } | null;
  /** Answers given in the checks (device only). */
  readonly checks: saves.StoredChecks;
}

export interface ChecksActions {
  /** Opens the discernment check before play or after the debrief. */
  openCheck(phase: CheckPhase): void;
  submitCheck(answers: Answers): void;
  /** Leaves the check: to the title (before) or back to the debrief (after). */
  closeCheck(): void;
}

export function checksSlice({ deps, set, get }: SliceContext): ChecksSliceState & ChecksActions {
  return {
    check: null,
    checks: deps.storage ? saves.readChecks(deps.storage) : {},

    openCheck(phase) {
      // Each player gets the two parallel sets in a random order, drawn once and kept.
      const { checks } = get();
      const next = checks.order ? checks : { ...checks, order: checkOrder(deps.newSeed()) };
      if (next !== checks && deps.storage) saves.writeChecks(deps.storage, next);
      set({ screen: 'check', check: { phase, submitted: false }, checks: next });
    },
    submitCheck(answers) {
      const { check, checks } = get();
      if (check === null) return;
      const next = { ...checks, [check.phase]: answers };
      if (deps.storage) saves.writeChecks(deps.storage, next);
      set({ checks: next, check: { ...check, submitted: true } });
    },
    closeCheck() {
      const { check, game } = get();
      set({
        check: null,
        screen: check?.phase === 'after' && game?.ending != null ? 'debrief' : 'title',
      });
    },
  };
}
