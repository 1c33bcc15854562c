import { button, h } from './dom';
import { s } from './svg';
import type { SoundPlayer } from './sound';
import { uiText, uiTextAt, type ViewDeps } from './view-deps';

/**
 * Whether the header's menu is open on a narrow screen. Kept outside the view because the header
 * is drawn again on every change of language, screen or notices.
 */
let menuOpen = false;

/**
 * The bar on every screen: the game's name (not on the title, where the wordmark is the one
 * title), the language switch, sound on/off, fullscreen and "clear saved data". On a phone the tools fold
 * behind one menu button, so the game starts near the top.
 */
export function renderHeader(deps: ViewDeps): HTMLElement {
  const { store } = deps;
  const state = store.getState();
  const languages = h(
    'div',
    { role: 'group', 'aria-label': uiText(deps, 'lang.label'), class: 'language-switch' },
    ...deps.languages.map((lang) =>
      button(
        languageName(deps, lang),
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
  // On the title the wordmark is the one title; elsewhere the name leads back to it.
  const home =
    state.screen === 'title'
      ? null
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
  const sound = deps.sound ? soundToggle(deps, deps.sound) : null;
  const logo = deps.branding
    ? h('img', {
        class: 'logo',
        src: deps.branding.logo,
        alt: uiText(deps, 'header.logo', { town: deps.branding.townName }),
      })
    : null;
  const header = h(
    'header',
    { class: `app-header${menuOpen ? ' menu-open' : ''}` },
    h('div', { class: 'brand-line' }, logo, home),
    button(
      uiText(deps, 'header.menu'),
      () => {
        menuOpen = !menuOpen;
        header.classList.toggle('menu-open', menuOpen);
        toggle.setAttribute('aria-expanded', String(menuOpen));
      },
      {
        class: 'quiet menu-toggle',
        'aria-expanded': String(menuOpen),
        'aria-controls': 'header-tools',
        'data-focus-key': 'menu',
      },
    ),
    h(
      'div',
      { class: 'header-tools', id: 'header-tools' },
      languages,
      sound,
      fullscreen,
      deps.kiosk !== true && clear,
    ),
  );
  const toggle = header.querySelector('.menu-toggle') as HTMLElement;
  return header;
}

/**
 * Sound on or off: a toggle button ("Geluid", pressed when on) with a speaker that shows the
 * state to the eye. Turning it on plays the "post sent" cue, so the player hears that it works
 * (and the audio context starts inside the click); turning it off closes the context.
 */
function soundToggle(deps: ViewDeps, player: SoundPlayer): HTMLButtonElement {
  const on = deps.store.getState().sound;
  const toggle = button(
    uiText(deps, 'header.sound'),
    () => {
      const next = !deps.store.getState().sound;
      deps.store.getState().setSound(next);
      if (next) player.play(['post']);
      else player.release();
    },
    { class: 'quiet sound-toggle', 'aria-pressed': String(on), 'data-focus-key': 'sound' },
  );
  toggle.prepend(speaker(on));
  return toggle;
}

/** A speaker with sound waves (on) or a cross (off); decoration beside the word. */
function speaker(on: boolean): SVGElement {
  return s(
    'svg',
    { viewBox: '0 0 24 24', class: 'sound-icon', 'aria-hidden': 'true', focusable: 'false' },
    s('path', { d: 'M3 9h4l5-4v14l-5-4H3z', class: 'sound-speaker' }),
    ...(on
      ? [s('path', { d: 'M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12', class: 'sound-wave' })]
      : [s('path', { d: 'M16 9l6 6M22 9l-6 6', class: 'sound-wave' })]),
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
        h('span', {}, uiTextAt(deps, notice.key, { ...notice.values })),
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

/**
 * A language's name in that language ("Nederlands", "English", "Frysk"): its own interface file's
 * `lang.<code>`, else the browser's name for it, else the code.
 */
function languageName(deps: ViewDeps, lang: string): string {
  const own = deps.i18n.t(`lang.${lang}`, { ns: 'ui', lng: lang, defaultValue: '' });
  if (own !== '') return own;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
