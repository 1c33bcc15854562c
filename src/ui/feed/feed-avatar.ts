import { h } from '../shared/dom';

/** Initials for a generated avatar, e.g. "Gemeente Lindewaard" → "GL". */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

/** A stable number per account, so an author looks the same in every post. */
function hash(id: string): number {
  let sum = 7;
  for (let i = 0; i < id.length; i += 1) sum = (sum * 31 + id.charCodeAt(i)) % 3600;
  return sum;
}

const SHAPES = ['round', 'square', 'leaf'] as const;

/**
 * A generated avatar: initials on a colour and a shape picked from the account id (decoration
 * only: the name is always written beside it, so it is hidden from screen readers).
 */
export function avatar(id: string, name: string, size: 'large' | 'small' = 'large'): HTMLElement {
  const n = hash(id);
  const element = h(
    'span',
    {
      class: `avatar avatar-${size} avatar-${SHAPES[n % SHAPES.length] ?? 'round'}`,
      'aria-hidden': 'true',
    },
    initials(name),
  );
  element.style.setProperty('--hue', String(n % 360)); // CSSOM: allowed under a strict CSP
  return element;
}
