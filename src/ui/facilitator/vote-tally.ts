import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';
import { LETTERS, playChoice, type RoomOption } from './room-options';

/** The room's hands per option on this step; cleared when the step changes. */
export class VoteTally {
  private readonly votes = new Map<string, number>();

  clear(): void {
    this.votes.clear();
  }

  count(id: string): number {
    return this.votes.get(id) ?? 0;
  }

  add(id: string, delta: number): void {
    this.votes.set(id, Math.max(0, this.count(id) + delta));
  }

  /** The option the room chose: the most hands (the first on a tie), or none without hands. */
  choice(options: readonly RoomOption[]): string | undefined {
    const ranked = options.map((o) => [o.id, this.count(o.id)] as const).filter(([, n]) => n > 0);
    return ranked.sort((a, b) => b[1] - a[1])[0]?.[0];
  }
}

/** The tally as the presenter counts it: a row per option with − and +, and "the room chose". */
export function renderVotes(
  deps: ViewDeps,
  options: readonly RoomOption[],
  tally: VoteTally,
  rerender: () => void,
): HTMLElement {
  const t = uiText.bind(null, deps);
  const chosen = tally.choice(options);
  const row = (option: RoomOption, i: number): HTMLElement => {
    const count = tally.count(option.id);
    const letter = LETTERS.charAt(i);
    const step = (delta: number) => (): void => {
      tally.add(option.id, delta);
      rerender();
    };
    return h(
      'li',
      {},
      h('span', { class: 'vote-label' }, `${letter}. ${option.label}`),
      h(
        'span',
        { class: 'vote-count', 'aria-label': t('facilitator.count', { letter, count }) },
        String(count),
      ),
      button('−', step(-1), { 'aria-label': t('facilitator.less', { letter }), class: 'quiet' }),
      button('+', step(1), { 'aria-label': t('facilitator.more', { letter }), class: 'quiet' }),
      option.notes !== '' && h('p', { class: 'notes' }, option.notes),
    );
  };
  return h(
    'div',
    { class: 'votes' },
    h('h3', {}, t('facilitator.votes')),
    h('ol', {}, ...options.map(row)),
    button(
      chosen === undefined
        ? t('facilitator.noVotes')
        : t('facilitator.roomChose', {
            letter: LETTERS.charAt(options.findIndex((o) => o.id === chosen)),
          }),
      () => {
        if (chosen !== undefined) playChoice(deps, chosen);
      },
      { class: 'primary', disabled: chosen === undefined, 'data-focus-key': 'room-chose' },
    ),
  );
}
