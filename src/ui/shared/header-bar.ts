import { button, h } from './dom';
import { uiText, type ViewDeps } from './view-deps';

/** The bar on every screen: the game's name, the language switch and "clear saved data". */
export function renderHeader(deps: ViewDeps): HTMLElement {
  const { store } = deps;
  const state = store.getState();
  const languages = h(
    'div',
    { role: 'group', 'aria-label': uiText(deps, 'lang.label'), class: 'language-switch' },
    ...deps.languages.map((lang) =>
      button(
        uiText(deps, `lang.${lang}`),
        () => {
          store.getState().setLanguage(lang);
        },
        {
          lang,
          'aria-pressed': String(state.language === lang),
          'data-focus-key': `lang-${lang}`,
        },
      ),
    ),
  );
  const clear = button(
    uiText(deps, 'header.clearData'),
    () => {
      if (window.confirm(uiText(deps, 'header.clearDataConfirm')))
        store.getState().clearSavedData();
    },
    { class: 'quiet', 'data-focus-key': 'clear-data' },
  );
  const home =
    state.screen === 'title'
      ? h('span', { class: 'brand' }, uiText(deps, 'app.name'))
      : button(
          uiText(deps, 'app.name'),
          () => {
            store.getState().goToTitle();
          },
          {
            class: 'brand',
            'aria-label': `${uiText(deps, 'app.name')}: ${uiText(deps, 'header.home')}`,
            'data-focus-key': 'home',
          },
        );
  // Only where the page may go fullscreen (an iframe needs allow="fullscreen").
  const fullscreen = document.fullscreenEnabled
    ? button(
        uiText(deps, document.fullscreenElement ? 'header.exitFullscreen' : 'header.fullscreen'),
        () => {
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen().catch(() => undefined);
        },
        { class: 'quiet', 'data-focus-key': 'fullscreen' },
      )
    : null;
  const logo = deps.branding
    ? h('img', {
        class: 'logo',
        src: deps.branding.logo,
        alt: uiText(deps, 'header.logo', { town: deps.branding.townName }),
      })
    : null;
  return h(
    'header',
    { class: 'app-header' },
    h('div', { class: 'brand-line' }, logo, home),
    h('div', { class: 'header-tools' }, languages, fullscreen, deps.kiosk !== true && clear),
  );
}

/** The notices (URL problems, discarded saves): readable, dismissable, announced politely. */
export function renderNotices(deps: ViewDeps): HTMLElement {
  const { notices } = deps.store.getState();
  return h(
    'section',
    { class: 'notices', 'aria-label': uiText(deps, 'notice.region') },
    ...notices.map((notice) =>
      h(
        'p',
        { class: `notice notice-${notice.kind}`, role: 'status' },
        h('span', {}, uiText(deps, notice.key, { ...notice.values })),
        button(
          '×',
          () => {
            deps.store.getState().dismissNotice(notice.id);
          },
          {
            class: 'notice-close',
            'aria-label': uiText(deps, 'notice.dismiss'),
          },
        ),
      ),
    ),
  );
}
