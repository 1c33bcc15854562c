import { badgesOf, type Badge, storyTechniques } from '../../engine/badges';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { badgeState, renderBadge, shortTechniqueName } from '../shared/badge';
import { h } from '../shared/dom';
import { techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

/** Every technique the story can award as a badge: earned, cracked or still empty. */
export function renderBadgeBar(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const earned = new Map(badgesOf(game).map((b) => [b.id, b]));
  const all = storyTechniques(world);
  return h(
    'section',
    { class: 'badge-bar', 'aria-labelledby': 'badge-bar-heading' },
    h(
      'h2',
      { id: 'badge-bar-heading', class: 'badge-bar-heading' },
      uiText(deps, 'badges.bar'),
      ' ',
      h(
        'span',
        { class: 'badge-count' },
        uiText(deps, 'badges.count', { earned: earned.size, count: all.length }),
      ),
    ),
    h(
      'ul',
      { class: 'badge-list' },
      ...all.map((id) => h('li', {}, renderBadge(deps, id, badgeState(earned.get(id))))),
    ),
  );
}

/** The sentence a new badge brings: its name and the trick, for the toast and the live region. */
export function badgeAnnouncement(deps: ViewDeps, badge: Badge): string {
  const name = shortTechniqueName(deps, badge.id);
  return `${uiText(deps, 'badges.earned', { name })}. ${uiText(deps, 'badges.trick', {
    definition: techniqueText(deps, badge.id, 'definition'),
  })}`;
}

/** The toast shown when a move earns badges: the medal, its name and the trick in one sentence. */
export function renderBadgeToast(deps: ViewDeps, badges: readonly Badge[]): HTMLElement | false {
  if (badges.length === 0) return false;
  return h(
    'div',
    { class: 'badge-toast', 'aria-hidden': 'true' },
    ...badges.map((badge) =>
      h(
        'div',
        { class: 'badge-toast-item' },
        renderBadge(deps, badge.id, badgeState(badge)),
        h(
          'p',
          {},
          h(
            'strong',
            {},
            uiText(deps, 'badges.earned', { name: shortTechniqueName(deps, badge.id) }),
          ),
          ' ',
          uiText(deps, 'badges.trick', {
            definition: techniqueText(deps, badge.id, 'definition'),
          }),
          badge.caughtBy.length > 0 &&
            h(
              'span',
              { class: 'badge-caught' },
              ' ',
              uiText(deps, 'badges.caught', {
                measure: badge.caughtBy.map((m) => uiText(deps, `badges.measure.${m}`)).join(', '),
              }),
            ),
        ),
      ),
    ),
  );
}
