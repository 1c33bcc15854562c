import type { MeterId } from '../../content/schema';
import type { GameState } from '../../engine/state';
import { believingNow } from '../../engine/simulation';
import { h } from '../shared/dom';
import type { UiKey } from '../../i18n/ui-keys';
import { uiText, type ViewDeps } from '../shared/view-deps';

const level = (value: number): 'low' | 'middle' | 'high' =>
  value < 34 ? 'low' : value < 67 ? 'middle' : 'high';

/** The bar's fill. Set through CSSOM, which a strict style-src CSP allows (a style attribute it would not). */
function fill(value: number): HTMLElement {
  const element = h('span', { class: `meter-fill level-${level(value)}` });
  element.style.width = `${String(value)}%`;
  return element;
}

/** The meters as text: a number and a word for each, never colour alone (role="meter" where bounded). */
export function renderMeters(deps: ViewDeps, game: GameState): HTMLElement {
  const { followers, credibility, reach, trust } = game.meters;
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const bounded = (id: MeterId, value: number, valueText: string): HTMLElement => {
    const labelId = `meter-${id}`;
    const word = t(`meters.level.${level(value)}`);
    return h(
      'li',
      { class: `meter meter-${id}` },
      h('span', { id: labelId, class: 'meter-label' }, t(`meters.${id}`)),
      h(
        'span',
        {
          role: 'meter',
          'aria-labelledby': labelId,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': value,
          'aria-valuetext': `${valueText} (${word})`,
          class: 'meter-value',
        },
        h('span', { class: 'meter-number' }, `${valueText} (${word})`),
        h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, fill(value)),
      ),
    );
  };
  const followersText = new Intl.NumberFormat(deps.i18n.language).format(followers);
  return h(
    'section',
    { class: 'meters', 'aria-labelledby': 'meters-heading' },
    h('h2', { id: 'meters-heading' }, t('play.meters')),
    h(
      'ul',
      {},
      h(
        'li',
        { class: 'meter meter-followers' },
        h('span', { class: 'meter-label' }, t('meters.followers')),
        h('span', { class: 'meter-value' }, h('span', { class: 'meter-number' }, followersText)),
      ),
      bounded('credibility', credibility, t('meters.outOf100', { value: credibility })),
      bounded(
        'reach',
        reach,
        t('meters.percentResidentsBelieving', {
          value: reach,
          believing: Math.round(believingNow(game)),
        }),
      ),
      bounded('trust', trust, t('meters.outOf100', { value: trust })),
    ),
  );
}
