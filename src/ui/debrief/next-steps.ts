import { encode } from 'uqr';

import { h } from '../shared/dom';
import { s } from '../shared/svg';
import type { UiKey } from '../../i18n/ui-keys';
import { uiText, type ViewDeps } from '../shared/view-deps';

/**
 * The debrief ends with actions, not cynicism: what a municipality as a whole can do next (the
 * leaflet's "keeping resilience on the map"), and the municipality's own follow-up page with a
 * QR code made on the device (no outside service), when config.json names one.
 */
export function renderNextSteps(deps: ViewDeps): HTMLElement {
  const t = (key: UiKey): string => uiText(deps, key);
  return h(
    'section',
    { class: 'next-steps', 'aria-labelledby': 'next-heading' },
    h('h2', { id: 'next-heading' }, t('debrief.next.heading')),
    h('p', {}, t('debrief.next.intro')),
    h(
      'ul',
      {},
      h('li', {}, t('debrief.next.programme')),
      h('li', {}, t('debrief.next.together')),
      h('li', {}, t('debrief.next.learningCircle')),
    ),
    h('p', { class: 'source' }, t('debrief.next.source')),
    deps.boosterUrl !== undefined && renderBooster(deps, deps.boosterUrl),
  );
}

function renderBooster(deps: ViewDeps, url: string): HTMLElement {
  return h(
    'div',
    { class: 'booster' },
    h('h3', {}, uiText(deps, 'debrief.booster.heading')),
    h('p', {}, uiText(deps, 'debrief.booster.text')),
    // At a kiosk there are no links away from the game; the QR code takes the page home with the visitor.
    deps.kiosk === true
      ? h('p', {}, url)
      : h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener' }, url)),
    qrCode(url, uiText(deps, 'debrief.booster.qr', { url })),
  );
}

/** A QR code as one SVG path (dark modules), with a quiet zone of four modules. */
export function qrCode(text: string, label: string): SVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${String(x)} ${String(y)}h1v1h-1z`;
    });
  });
  return s(
    'svg',
    {
      viewBox: `0 0 ${String(size)} ${String(size)}`,
      class: 'qr-code',
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
    },
    s('rect', { width: size, height: size, fill: '#ffffff' }),
    s('path', { d, fill: '#000000' }),
  );
}
