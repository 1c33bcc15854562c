import type { Badge } from '../../engine/badges';
import { h } from './dom';
import { s } from './svg';
import { techniqueText, uiText, type ViewDeps } from './view-deps';

export type BadgeState = 'earned' | 'empty' | 'cracked';

/** A technique's name without its explanation in brackets: "Nep-afzender (…)" → "Nep-afzender". */
export function shortTechniqueName(deps: ViewDeps, id: string): string {
  return techniqueText(deps, id, 'name').replace(/\s*\(.*\)\s*$/, '');
}

/** The two letters on a badge: the first letters of the short name's first two words. */
function monogram(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0);
  const letters =
    words.length > 1 ? `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}` : name.slice(0, 2);
  return letters.toUpperCase();
}

/** The medal drawn in SVG: a rosette with the monogram, and a crack when a measure caught it. */
function medal(name: string, state: BadgeState): SVGElement {
  const points = Array.from({ length: 16 }, (_, i) => {
    const r = i % 2 === 0 ? 23 : 19.5;
    const a = (Math.PI * 2 * i) / 16 - Math.PI / 2;
    return `${(24 + r * Math.cos(a)).toFixed(1)},${(24 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return s(
    'svg',
    { viewBox: '0 0 48 48', class: 'badge-medal', 'aria-hidden': 'true', focusable: 'false' },
    s('polygon', { points, class: 'badge-rim' }),
    s('circle', { cx: 24, cy: 24, r: 15, class: 'badge-face' }),
    s('text', { x: 24, y: 29, 'text-anchor': 'middle', class: 'badge-letters' }, monogram(name)),
    ...(state === 'cracked'
      ? [s('polyline', { points: '14,8 22,20 18,26 28,34 26,42', class: 'badge-crack' })]
      : []),
  );
}

/** One badge with its spoken label ("Badge: Nep-afzender", "nog niet verdiend", "gebarsten"). */
export function renderBadge(deps: ViewDeps, id: string, state: BadgeState): HTMLElement {
  const name = shortTechniqueName(deps, id);
  return h(
    'span',
    {
      class: `tech-badge tech-badge-${state}`,
      role: 'img',
      'aria-label': uiText(deps, `badges.label.${state}`, { name }),
      title: name,
      'data-technique': id,
    },
    medal(name, state),
  );
}

/** The state a badge shows: earned, cracked (caught by a measure) or still empty. */
export function badgeState(badge: Badge | undefined): BadgeState {
  if (badge === undefined) return 'empty';
  return badge.caughtBy.length > 0 ? 'cracked' : 'earned';
}
