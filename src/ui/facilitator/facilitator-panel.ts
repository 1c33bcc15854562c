import { nextDefenceMoment, RESPONSES, type Response } from '../../engine/defence';
import { availableChoices } from '../../engine/selectors';
import { button, h } from '../shared/dom';
import { GROUP_STEPS } from './group-debrief';
import { renderOutcome } from '../play/move-outcome';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

const LETTERS = 'ABCDEFGH';
const technique = (deps: ViewDeps, id: string): string => techniqueText(deps, id, 'name');

/**
 * The presenter's panel (?mode=facilitator): opens the projector window, shows the discussion
 * question and speaker notes for this step, keeps the room's vote tally, a timer, rewind, blank
 * and the way into the group debrief. Clicker keys: PageDown/Space/→ (the room's choice),
 * PageUp/← (back), B (blank). Returns the unmount function.
 */
export function mountFacilitatorPanel(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const votes = new Map<string, number>();
  let votesFor = '';
  let started = Date.now();
  let paused: number | null = null;
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const clock = h('span', { class: 'timer', role: 'timer', 'aria-live': 'off' });
  const elapsed = (): number => Math.floor(((paused ?? Date.now()) - started) / 1000);
  const showTime = (): void => {
    const s = elapsed();
    clock.textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const ticker = window.setInterval(showTime, 1000);

  /** What the room votes on now: the moves in play, or the crisis team's responses. */
  const options = (): { id: string; label: string; notes: string }[] => {
    const { world, game, screen, defenceFeedback } = store.getState();
    if (world === null || game === null) return [];
    if (screen === 'play') {
      return availableChoices(world, game).map((c) => ({
        id: c.id,
        label: scenarioText(deps, world, c.label),
        notes:
          (c.techniques ?? []).length === 0
            ? t('facilitator.noTechnique')
            : t('facilitator.notes', {
                list: (c.techniques ?? []).map((id) => technique(deps, id)).join(', '),
              }),
      }));
    }
    if (screen === 'defence' && !defenceFeedback && nextDefenceMoment(game) !== undefined) {
      return RESPONSES.map((r) => ({ id: r, label: t(`defence.responses.${r}.name`), notes: '' }));
    }
    return [];
  };
  /** The option the room chose: the most votes (the first on a tie), or none without votes. */
  const roomChoice = (): string | undefined => {
    const ranked = options()
      .map((o) => [o.id, votes.get(o.id) ?? 0] as const)
      .filter(([, n]) => n > 0);
    return ranked.sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  /** Plays the room's choice: a move, or the crisis team's response. */
  const playChoice = (id: string): void => {
    const state = store.getState();
    if (state.screen === 'defence') state.respond(id as Response);
    else state.choose(id);
  };

  const render = (): void => {
    const state = store.getState();
    const { world, game, screen } = state;
    const key = `${game?.scenarioId ?? ''}:${String(game?.history.length ?? -1)}:${String(game?.defence.length ?? -1)}:${screen}`;
    if (key !== votesFor) {
      votes.clear();
      votesFor = key;
    }
    const node = world && game ? world.nodes.get(game.nodeId) : undefined;
    // What the room's last move did and why: a talking point before the next vote.
    const lastOutcome = game?.history[game.history.length - 1]?.outcome ?? null;
    const choices = options();
    const chosen = roomChoice();
    root.replaceChildren(
      h(
        'aside',
        { class: 'facilitator-panel', 'aria-labelledby': 'facilitator-heading' },
        h('h2', { id: 'facilitator-heading' }, t('facilitator.heading')),
        h(
          'div',
          { class: 'actions' },
          button(
            t('facilitator.openProjector'),
            () => {
              window.open(
                `${location.pathname}?mode=audience&lang=${state.language}`,
                'geruchtenmolen-projector',
              );
            },
            { class: 'secondary', 'data-focus-key': 'open-projector' },
          ),
          button(
            t(state.blank ? 'facilitator.unblank' : 'facilitator.blank'),
            () => {
              store.getState().setBlank(!state.blank);
            },
            { class: 'secondary', 'aria-pressed': String(state.blank), 'data-focus-key': 'blank' },
          ),
          h(
            'span',
            { class: 'timer-box' },
            t('facilitator.time'),
            ' ',
            clock,
            ' ',
            button(
              t(paused === null ? 'facilitator.pause' : 'facilitator.resume'),
              () => {
                if (paused === null) paused = Date.now();
                else {
                  started += Date.now() - paused;
                  paused = null;
                }
                render();
              },
              { class: 'quiet', 'data-focus-key': 'timer' },
            ),
          ),
        ),
        lastOutcome !== null &&
          world &&
          screen === 'play' &&
          h(
            'div',
            { class: 'last-outcome-notes' },
            h('h3', {}, t('outcome.heading')),
            renderOutcome(deps, world, lastOutcome, 'notes'),
          ),
        node?.prompt !== undefined &&
          world &&
          screen === 'play' &&
          h(
            'div',
            { class: 'prompt' },
            h('h3', {}, t('facilitator.question')),
            h('p', {}, scenarioText(deps, world, node.prompt)),
          ),
        choices.length > 0 &&
          h(
            'div',
            { class: 'votes' },
            h('h3', {}, t('facilitator.votes')),
            h(
              'ol',
              {},
              ...choices.map((choice, i) => {
                const count = votes.get(choice.id) ?? 0;
                const letter = LETTERS.charAt(i);
                return h(
                  'li',
                  {},
                  h('span', { class: 'vote-label' }, `${letter}. ${choice.label}`),
                  h(
                    'span',
                    {
                      class: 'vote-count',
                      'aria-label': t('facilitator.count', { letter, count }),
                    },
                    String(count),
                  ),
                  button(
                    '−',
                    () => {
                      votes.set(choice.id, Math.max(0, count - 1));
                      render();
                    },
                    { 'aria-label': t('facilitator.less', { letter }), class: 'quiet' },
                  ),
                  button(
                    '+',
                    () => {
                      votes.set(choice.id, count + 1);
                      render();
                    },
                    { 'aria-label': t('facilitator.more', { letter }), class: 'quiet' },
                  ),
                  choice.notes !== '' && h('p', { class: 'notes' }, choice.notes),
                );
              }),
            ),
            button(
              chosen === undefined
                ? t('facilitator.noVotes')
                : t('facilitator.roomChose', {
                    letter: LETTERS.charAt(choices.findIndex((c) => c.id === chosen)),
                  }),
              () => {
                if (chosen !== undefined) playChoice(chosen);
              },
              { class: 'primary', disabled: chosen === undefined, 'data-focus-key': 'room-chose' },
            ),
          ),
        h(
          'div',
          { class: 'actions' },
          game !== null &&
            game.history.length > 0 &&
            screen !== 'group' &&
            button(
              t('facilitator.back'),
              () => {
                store.getState().rewind();
              },
              { class: 'secondary', 'data-focus-key': 'rewind' },
            ),
          game?.ending != null &&
            screen !== 'group' &&
            button(
              t('facilitator.groupDebrief'),
              () => {
                store.getState().showGroupStep(0);
              },
              { class: 'primary', 'data-focus-key': 'group' },
            ),
          screen === 'group' &&
            h(
              'p',
              {},
              t('facilitator.groupStep', { count: state.groupStep + 1, total: GROUP_STEPS.length }),
            ),
        ),
      ),
    );
    showTime();
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.altKey || event.metaKey)
      return;
    const onButton = event.target instanceof HTMLButtonElement;
    const state = store.getState();
    if (event.key === 'b' || event.key === 'B') {
      state.setBlank(!state.blank);
      return;
    }
    if (state.screen === 'group') {
      if (['PageDown', 'ArrowRight'].includes(event.key) || (event.key === ' ' && !onButton))
        state.showGroupStep(state.groupStep + 1);
      else if (['PageUp', 'ArrowLeft'].includes(event.key))
        state.showGroupStep(state.groupStep - 1);
      return;
    }
    if (['PageDown', 'ArrowRight'].includes(event.key) || (event.key === ' ' && !onButton)) {
      if (state.screen === 'defence' && state.defenceFeedback) {
        event.preventDefault();
        if (state.game && nextDefenceMoment(state.game) === undefined) state.showDebrief();
        else state.continueDefence();
        return;
      }
      const chosen = roomChoice();
      if (chosen !== undefined) {
        event.preventDefault();
        playChoice(chosen);
      }
    } else if (['PageUp', 'ArrowLeft'].includes(event.key)) {
      event.preventDefault();
      state.rewind();
    }
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe(
    (s) => [s.game, s.screen, s.blank, s.groupStep, s.defenceFeedback] as const,
    render,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  deps.i18n.on('languageChanged', render);
  render();
  return () => {
    window.clearInterval(ticker);
    document.removeEventListener('keydown', onKey);
    unsubscribe();
    deps.i18n.off('languageChanged', render);
  };
}
