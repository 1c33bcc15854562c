import { focusKey, h, restoreFocus } from './shared/dom';
import { focusResults, renderCheckScreen } from './check/check-screen';
import { renderDebriefScreen } from './debrief/debrief-screen';
import { mountDefenceScreen } from './defence/defence-screen';
import { renderHeader, renderNotices } from './shared/header-bar';
import { mountPlayScreen } from './play/play-screen';
import { mountFacilitatorPanel } from './facilitator/facilitator-panel';
import { renderGroupDebrief } from './facilitator/group-debrief';
import { renderInfoScreen } from './shared/info-screen';
import { pageTitle } from './shared/page-title';
import { mountTitleScreen, renderTitleScreen } from './title/title-screen';
import { uiText, type ViewDeps } from './shared/view-deps';

/**
 * The whole interface: header, notices and the current screen, kept in step with the store and
 * the language. Returns the unmount function.
 */
export function mountApp(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const { skip, header, notices, screen, blank, panel } = layOut(root, deps);
  const audience = deps.role === 'audience';
  /** A presenter window that only watches another one: its screen and header follow, inert. */
  const applySeat = (): void => {
    if (audience) return;
    const watching = store.getState().seat.role === 'watching';
    screen.inert = watching;
    header.inert = watching;
    root.classList.toggle('watching', watching);
  };
  applySeat();
  const unmountPanel = deps.role === 'presenter' ? mountFacilitatorPanel(panel, deps) : undefined;
  let unmountScreen: (() => void) | undefined;
  let shownKey = '';

  const renderChrome = (): void => {
    const restore = focusKey();
    header.replaceChildren(audience ? '' : renderHeader(deps));
    blank.hidden = !store.getState().blank;
    // The notices region exists only while it has something to say (no empty landmark).
    notices.replaceChildren(store.getState().notices.length > 0 ? renderNotices(deps) : '');
    skip.textContent = uiText(deps, 'app.skipToContent');
    restoreFocus(root, restore);
  };

  /** Shows the screen the store asks for; `force` re-renders it (language change). */
  const renderScreen = (force: boolean): void => {
    const state = store.getState();
    const key = screenKey(state);
    if (key === shownKey && !force) return;
    const changedScreen = key !== shownKey;
    const restore = focusKey();
    // Drawn again (a reset, the language): focus on the old heading goes to the new one.
    const onHeading = document.activeElement?.hasAttribute('data-screen-heading') === true;
    // The play and defence screens follow the store (and the language) themselves.
    if ((state.screen === 'play' || state.screen === 'defence') && !changedScreen) return;
    shownKey = key;
    unmountScreen?.();
    unmountScreen = undefined;
    if (state.screen === 'play') unmountScreen = mountPlayScreen(screen, deps);
    else if (state.screen === 'defence') unmountScreen = mountDefenceScreen(screen, deps);
    else if (state.screen === 'title' && deps.role !== 'audience')
      unmountScreen = mountTitleScreen(screen, deps);
    else screen.replaceChildren(renderStatic(deps));
    if (changedScreen && state.check?.submitted === true) focusResults(screen);
    else if (changedScreen || onHeading) focusScreenHeading(screen);
    else restoreFocus(root, restore);
  };

  const updateTitle = titleFollower(deps, screen);

  renderChrome();
  renderScreen(true);
  updateTitle();
  const unsubscribers = [
    store.subscribe((s) => [s.screen, s.game, s.defenceFeedback] as const, updateTitle, {
      equalityFn: (a, b) => a.every((v, i) => v === b[i]),
    }),
    store.subscribe(
      (s) => [s.screen, s.game?.scenarioId, s.game?.seed, s.check, s.groupStep] as const,
      () => {
        renderChrome();
        renderScreen(false);
      },
      { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
    ),
    store.subscribe((s) => s.blank, renderChrome),
    store.subscribe((s) => s.sound, renderChrome),
    store.subscribe((s) => s.seat.role, applySeat),
    store.subscribe((s) => s.notices, renderChrome),
    store.subscribe(
      (s) => [s.saved, s.stories] as const,
      () => {
        if (store.getState().screen === 'title') renderScreen(true);
      },
      { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
    ),
  ];
  const onLanguage = (): void => {
    renderChrome();
    renderScreen(true);
    updateTitle();
  };
  deps.i18n.on('languageChanged', onLanguage);
  document.addEventListener('fullscreenchange', renderChrome);
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    deps.i18n.off('languageChanged', onLanguage);
    document.removeEventListener('fullscreenchange', renderChrome);
    unmountScreen?.();
    unmountPanel?.();
  };
}

interface Slots {
  readonly skip: HTMLElement;
  readonly header: HTMLElement;
  readonly notices: HTMLElement;
  readonly screen: HTMLElement;
  readonly blank: HTMLElement;
  readonly panel: HTMLElement;
}

/** The page's parts in their order for this window (player, kiosk, presenter or projector). */
function layOut(root: HTMLElement, deps: ViewDeps): Slots {
  const skip = h('a', { class: 'skip-link', href: '#main' });
  const header = h('div', { class: 'header-slot' });
  const notices = h('div', { class: 'notices-slot' });
  const screen = h('div', { class: 'screen-slot' });
  const blank = h('div', { class: 'projector-blank', hidden: true, 'aria-hidden': 'true' });
  const panel = h('div', { class: 'facilitator-slot' });
  // WCAG 2.4.1: the first Tab stop jumps past the header to the screen's heading.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    focusScreenHeading(screen);
  });
  // The presenter's panel comes first, so votes and the question never sit below a long feed.
  root.replaceChildren(
    ...(deps.role === 'audience' ? [] : [skip]),
    header,
    notices,
    ...(deps.role === 'presenter' ? [panel, screen] : [screen, panel]),
    blank,
  );
  if (deps.kiosk === true) root.classList.add('kiosk');
  if (deps.role === 'audience') {
    // The projector only shows; the presenter's window drives it.
    root.classList.add('projector');
    screen.inert = true;
  }
  return { skip, header, notices, screen, blank, panel };
}

/** What decides which screen is drawn: a change of it draws the screen anew. */
function screenKey(state: ReturnType<ViewDeps['store']['getState']>): string {
  return [
    state.screen,
    state.game?.scenarioId ?? '',
    String(state.game?.seed ?? ''),
    state.check?.phase ?? '',
    String(state.check?.submitted ?? ''),
    String(state.groupStep),
  ].join(':');
}

/**
 * After every change, once the screens have drawn, the page title follows the step and the
 * screen (once per task, however many changes came in it).
 */
function titleFollower(deps: ViewDeps, screen: HTMLElement): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const heading = screen.querySelector('[data-screen-heading]')?.textContent ?? '';
      document.title = pageTitle(deps, heading.trim());
    });
  };
}

/** The screens that are drawn once from the store (the play screen follows the store itself). */
function renderStatic(deps: ViewDeps): HTMLElement {
  const { screen } = deps.store.getState();
  if (screen === 'debrief') return renderDebriefScreen(deps);
  if (screen === 'check' && deps.discernment) return renderCheckScreen(deps, deps.discernment);
  if (screen === 'privacy' || screen === 'accessibility') return renderInfoScreen(deps, screen);
  if (screen === 'group') return renderGroupDebrief(deps, deps.role === 'presenter');
  if (deps.role === 'audience') return renderWaiting(deps);
  return renderTitleScreen(deps);
}

/** The projector before the presenter has started a story. */
function renderWaiting(deps: ViewDeps): HTMLElement {
  return h(
    'main',
    { class: 'screen waiting-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, uiText(deps, 'app.name')),
    h('p', { class: 'tagline' }, uiText(deps, 'facilitator.waiting')),
  );
}

function focusScreenHeading(screen: HTMLElement): void {
  const heading = screen.querySelector<HTMLElement>('[data-screen-heading]');
  if (heading === null) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}
