import { nextDefenceMoment, RESPONSES, type Response } from '../../engine/defence';
import { availableChoices } from '../../engine/selectors';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

/** One option the room votes on: a move, or a response of the crisis team. */
export interface RoomOption {
  readonly id: string;
  readonly label: string;
  /** Speaker notes: the techniques behind the move (empty for a response). */
  readonly notes: string;
}

export const LETTERS = 'ABCDEFGH';

/** What the room votes on now: the moves in play, or the crisis team's responses. */
export function roomOptions(deps: ViewDeps): RoomOption[] {
  const { world, game, screen, defenceFeedback } = deps.store.getState();
  if (world === null || game === null) return [];
  if (screen === 'play') {
    return availableChoices(world, game).map((c) => {
      const techniques = c.techniques ?? [];
      return {
        id: c.id,
        label: scenarioText(deps, world, c.label),
        notes:
          techniques.length === 0
            ? uiText(deps, 'facilitator.noTechnique')
            : uiText(deps, 'facilitator.notes', {
                list: techniques.map((id) => techniqueText(deps, id, 'name')).join(', '),
              }),
      };
    });
  }
  if (screen === 'defence' && !defenceFeedback && nextDefenceMoment(game) !== undefined)
    return RESPONSES.map((r) => ({
      id: r,
      label: uiText(deps, `defence.responses.${r}.name`),
      notes: '',
    }));
  return [];
}

/** Plays the room's choice: a move, or the crisis team's response. */
export function playChoice(deps: ViewDeps, id: string): void {
  const state = deps.store.getState();
  if (state.screen === 'defence') state.respond(id as Response);
  else state.choose(id);
}

/** Which step the room is on: a new key means a new vote and a new step clock. */
export function stepKey(deps: ViewDeps): string {
  const { game, screen } = deps.store.getState();
  return `${game?.scenarioId ?? ''}:${String(game?.history.length ?? -1)}:${String(game?.defence.length ?? -1)}:${screen}`;
}
