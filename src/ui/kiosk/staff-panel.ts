import type { DayCount } from '../../store/kiosk-counts';
import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** The key combination that opens the staff panel at a kiosk (documented in docs/configuration.md). */
export const STAFF_KEYS = { ctrlKey: true, altKey: true, key: 'k' } as const;

/**
 * Staff only, behind Ctrl+Alt+K: the anonymous play counts per day. Escape or the button closes it.
 * Returns the stop function.
 */
export function watchStaffKeys(
  root: HTMLElement,
  deps: ViewDeps,
  counts: () => readonly DayCount[],
): () => void {
  let panel: HTMLElement | null = null;
  const close = (): void => {
    panel?.remove();
    panel = null;
  };
  const open = (): void => {
    close();
    const rows = [...counts()].reverse().slice(0, 14);
    panel = h(
      'div',
      {
        class: 'staff-panel',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'staff-heading',
      },
      h(
        'div',
        { class: 'countdown-box' },
        h('h2', { id: 'staff-heading' }, uiText(deps, 'kiosk.staffHeading')),
        rows.length === 0
          ? h('p', {}, uiText(deps, 'kiosk.noPlays'))
          : h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...(['day', 'started', 'finished'] as const).map((c) =>
                    h('th', { scope: 'col' }, uiText(deps, `kiosk.${c}`)),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                ...rows.map((r) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, r.day),
                    h('td', {}, String(r.started)),
                    h('td', {}, String(r.finished)),
                  ),
                ),
              ),
            ),
        button(uiText(deps, 'kiosk.close'), close, { class: 'primary' }),
      ),
    );
    root.append(panel);
    panel.querySelector('button')?.focus();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
    else if (
      event.ctrlKey === STAFF_KEYS.ctrlKey &&
      event.altKey === STAFF_KEYS.altKey &&
      event.key.toLowerCase() === STAFF_KEYS.key
    ) {
      event.preventDefault();
      open();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    close();
    document.removeEventListener('keydown', onKey);
  };
}
