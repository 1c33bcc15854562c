import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';

/**
 * Which window presents, in the presenter's panel. The presenting window names itself; a window
 * that only watches says who presents and since when, that it cannot move, and offers
 * "Neem over" (take over).
 */
export function renderSeatNotice(deps: ViewDeps): HTMLElement | false {
  const { seat, language } = deps.store.getState();
  if (seat.role === 'none') return false;
  if (seat.role === 'presenting')
    return h(
      'p',
      { class: 'seat-status' },
      uiText(deps, 'facilitator.seat.presenting', { id: seat.self }),
    );
  if (seat.role === 'pending')
    return h('p', { class: 'seat-status' }, uiText(deps, 'facilitator.seat.pending'));
  const { presenter } = seat;
  const time =
    presenter === null
      ? ''
      : new Date(presenter.since).toLocaleTimeString(language, {
          hour: '2-digit',
          minute: '2-digit',
        });
  return h(
    'div',
    { class: 'seat-notice', 'data-seat': 'watching' },
    h(
      'h3',
      { 'data-seat-heading': true, tabindex: '-1' },
      uiText(deps, 'facilitator.seat.watchingHeading'),
    ),
    h(
      'p',
      {},
      presenter === null
        ? uiText(deps, 'facilitator.seat.watchingUnknown', { id: seat.self })
        : uiText(deps, 'facilitator.seat.watching', {
            presenter: presenter.id,
            time,
            id: seat.self,
          }),
    ),
    deps.takeOver !== undefined &&
      button(uiText(deps, 'facilitator.seat.takeOver'), deps.takeOver, {
        class: 'primary',
        'data-focus-key': 'take-over',
        'aria-describedby': 'take-over-hint',
      }),
    h('p', { id: 'take-over-hint', class: 'hint' }, uiText(deps, 'facilitator.seat.takeOverHint')),
  );
}
