import { type Diagnostic, placeOf } from '../../content/diagnostics';
import type { I18n } from '../../i18n/create-i18n';
import { button, h } from './dom';

/** How many findings the screen lists before it just counts the rest. */
const SHOWN = 20;

/**
 * The screen for broken content: every problem with its file, place and fix, in plain words.
 * Never a blank page. `onContinue` is offered when some scenarios did load.
 */
export function renderErrorScreen(
  i18n: I18n,
  diagnostics: readonly Diagnostic[],
  onContinue?: () => void,
): HTMLElement {
  const t = (key: string, values: Record<string, unknown> = {}): string =>
    i18n.t(key, { ns: 'ui', ...values });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  // A broken file the stories share comes first (load-content puts it there): say so at the top.
  const causes = errors.filter((d) => d.consequences !== undefined);
  // The title and the fix in the player's language; the checker's exact words as details.
  const items = errors
    .slice(0, SHOWN)
    .map((d) =>
      h(
        'li',
        { class: 'diagnostic' },
        h('p', {}, h('strong', {}, `${d.code} `), t(`codes.${d.code}.title`)),
        d.consequences !== undefined &&
          d.consequences > 0 &&
          h('p', { class: 'left-out' }, t('error.leftOut', { count: d.consequences })),
        h(
          'dl',
          {},
          h('dt', {}, t('error.file')),
          h('dd', {}, h('code', {}, d.file)),
          h('dt', {}, t('error.place')),
          h(
            'dd',
            {},
            d.path === '' ? t('error.wholeFile') : h('code', {}, placeOf(d)),
            d.line !== undefined
              ? ` (${t('error.line', { line: d.line, column: d.column ?? 1 })})`
              : '',
          ),
          h('dt', {}, t('error.fix')),
          h('dd', {}, t(`codes.${d.code}.fix`)),
          h('dt', {}, t('error.details')),
          h('dd', { lang: 'en' }, `${d.message} ${d.hint}`),
        ),
      ),
    );
  return h(
    'main',
    { class: 'screen error-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, t('error.heading')),
    causes.length > 0
      ? h(
          'p',
          { class: 'shared-cause' },
          t('error.sharedIntro', {
            files: causes.map((d) => d.file).join(', '),
            count: causes.length,
          }),
        )
      : h('p', {}, t('error.intro')),
    h('ol', { class: 'diagnostics' }, ...items),
    errors.length > SHOWN && h('p', {}, t('error.more', { count: errors.length - SHOWN })),
    onContinue && button(t('error.continue'), onContinue, { class: 'primary' }),
  );
}

/** The screen for when the content could not be fetched at all (offline, wrong folder). */
export function renderLoadFailedScreen(i18n: I18n, reason: string): HTMLElement {
  return h(
    'main',
    { class: 'screen error-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, i18n.t('error.heading', { ns: 'ui' })),
    h('p', {}, i18n.t('error.loadFailed', { ns: 'ui', reason })),
  );
}
