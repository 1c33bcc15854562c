import {
  gameDefenceMoments,
  nextDefenceMoment,
  RESPONSES,
  type Response,
} from '../../engine/defence';
import { believingBefore, believingNow } from '../../engine/simulation';
import type { GameState, Move } from '../../engine/state';
import type { World } from '../../engine/world';
import { shortTechniqueName } from '../shared/badge';
import { button, focusHeading, h } from '../shared/dom';
import { renderTownSnapshot } from '../map/town-snapshot';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

const technique = techniqueText;

/**
 * The defender round: the player becomes the municipality's crisis team and answers three
 * moments of their own campaign. Each answer gets feedback after the national guidance, and the
 * town map shows the rumour losing or gaining ground. Returns the unmount function.
 */
export function mountDefenceScreen(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const world = store.getState().world;
  if (world === null) return () => undefined;
  const continueToNext = (): void => {
    store.getState().continueDefence();
  };

  const render = (): void => {
    const { game, defenceFeedback } = store.getState();
    if (game === null) return;
    const moments = gameDefenceMoments(game);
    // The feedback on the last answer stays up (in the store, so the projector shows it too).
    const feedbackFor = defenceFeedback ? game.defence.length - 1 : -1;
    const showing = feedbackFor >= 0 ? game.defence[feedbackFor] : undefined;
    const next = nextDefenceMoment(game);
    const panel = showing
      ? renderFeedback(deps, game, moments, feedbackFor, continueToNext)
      : next
        ? renderMoment(deps, world, game, next, moments.length, (response) => {
            store.getState().respond(response);
          })
        : renderDone(deps, game, moments.length);
    root.replaceChildren(
      h(
        'main',
        { class: 'screen defence-screen', id: 'main' },
        h('p', { class: 'eyebrow' }, uiText(deps, 'defence.eyebrow')),
        h(
          'div',
          { class: 'defence-layout' },
          panel,
          renderTownSnapshot(deps, world, game, 'defence.mapNow'),
        ),
      ),
    );
  };
  const unsubscribe = store.subscribe(
    (s) => [s.game, s.defenceFeedback] as const,
    () => {
      render();
      focusHeading(root.querySelector<HTMLElement>('[data-screen-heading]'));
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  const onLanguage = (): void => {
    render();
  };
  deps.i18n.on('languageChanged', onLanguage);
  render();
  return () => {
    unsubscribe();
    deps.i18n.off('languageChanged', onLanguage);
  };
}

function yourPost(deps: ViewDeps, world: World, game: GameState, move: Move): string | undefined {
  const post = game.feed.find((p) => p.byPlayer && p.turn === move.turn);
  return post ? scenarioText(deps, world, post.text) : undefined;
}

function renderMoment(
  deps: ViewDeps,
  world: World,
  game: GameState,
  move: Move,
  total: number,
  choose: (r: Response) => void,
): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const post = yourPost(deps, world, game, move);
  return h(
    'section',
    { class: 'defence-moment', 'aria-labelledby': 'defence-heading' },
    h(
      'h1',
      { id: 'defence-heading', 'data-screen-heading': true },
      t('defence.moment', { number: game.defence.length + 1, total }),
    ),
    game.defence.length === 0 &&
      h('p', { class: 'intro' }, t('defence.intro', { town: world.town.name, count: total })),
    h('p', {}, t('defence.youDid', { move: move.turn })),
    h('blockquote', { class: 'handler-text' }, scenarioText(deps, world, move.label)),
    post !== undefined &&
      h(
        'article',
        { class: 'post post-player', 'aria-label': t('defence.yourPost') },
        h('p', { class: 'post-text' }, post),
      ),
    h(
      'p',
      {},
      t('defence.techniques', {
        list: move.techniques.map((id) => technique(deps, id, 'name')).join(', '),
      }),
    ),
    h('h2', { id: 'responses-heading' }, t('defence.choose')),
    h(
      'ul',
      { class: 'responses', 'aria-labelledby': 'responses-heading' },
      ...RESPONSES.map((response) =>
        h(
          'li',
          {},
          // Only the answer: its explanation comes after the choice, so the choice is the player's.
          button(
            t(`defence.responses.${response}.name`),
            () => {
              choose(response);
            },
            { class: 'move', 'data-focus-key': `response-${response}` },
          ),
        ),
      ),
    ),
  );
}

function renderFeedback(
  deps: ViewDeps,
  game: GameState,
  moments: readonly Move[],
  index: number,
  onContinue: () => void,
): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const step = game.defence[index];
  const move = moments[index];
  if (step === undefined || move === undefined) return h('section', {});
  const last = index + 1 >= moments.length;
  return h(
    'section',
    { class: `defence-feedback fit-${step.fit}`, 'aria-labelledby': 'feedback-heading' },
    h('h1', { id: 'feedback-heading', 'data-screen-heading': true }, t(`defence.fit.${step.fit}`)),
    h('p', {}, t('defence.youChose', { response: t(`defence.responses.${step.response}.name`) })),
    h('p', {}, t(`defence.responses.${step.response}.guidance`)),
    ...move.techniques.map((id) => {
      // With two or more techniques, say how each rates the answer: a mixed one shows both sides.
      const verdict = step.byTechnique.find((f) => f.technique === id)?.fit;
      return h(
        'div',
        { class: 'technique-verdict' },
        move.techniques.length > 1 &&
          verdict !== undefined &&
          h(
            'p',
            { class: `verdict-${verdict}` },
            t(`defence.verdict.${verdict}`, { technique: shortTechniqueName(deps, id) }),
          ),
        h(
          'p',
          {},
          h('strong', {}, t('defence.helpsAgainst', { technique: technique(deps, id, 'name') })),
          ' ',
          technique(deps, id, 'counter'),
        ),
      );
    }),
    renderBeforeAfter(deps, game, index),
    h('p', { class: 'effect' }, effectText(deps, game, index)),
    h(
      'div',
      { class: 'actions' },
      last
        ? button(
            t('defence.toDebrief'),
            () => {
              deps.store.getState().showDebrief();
            },
            { class: 'primary', 'data-focus-key': 'defence-debrief' },
          )
        : button(t('defence.next'), onContinue, {
            class: 'primary',
            'data-focus-key': 'defence-next',
          }),
    ),
  );
}

/** Share believing the rumour just before and just after the answer at `index`. */
function beliefAround(game: GameState, index: number): { before: number; now: number } {
  const turn = game.history.length + index + 1; // the frames of this answer (see the reducer)
  return { before: believingBefore(game, turn), now: believingNow(game) };
}

/** The town before and after the answer as two labelled figures: what the choice did, at a glance. */
function renderBeforeAfter(deps: ViewDeps, game: GameState, index: number): HTMLElement {
  const { before, now } = beliefAround(game, index);
  const percent = new Intl.NumberFormat(deps.i18n.language, { maximumFractionDigits: 0 });
  return h(
    'dl',
    { class: 'defence-figures' },
    h('dt', {}, uiText(deps, 'defence.believedBefore')),
    h('dd', {}, `${percent.format(before)}%`),
    h('dt', {}, uiText(deps, 'defence.believedAfter')),
    h('dd', {}, `${percent.format(now)}%`),
  );
}

/** What the answer did in the simulated town: whether fewer or more residents believe the rumour now. */
function effectText(deps: ViewDeps, game: GameState, index: number): string {
  const { before, now } = beliefAround(game, index);
  // A change too small to show at one decimal reads as "holds steady".
  const direction = now < before - 0.05 ? 'down' : now > before + 0.05 ? 'up' : 'same';
  const percent = new Intl.NumberFormat(deps.i18n.language, { maximumFractionDigits: 1 });
  return uiText(deps, `defence.effect.${direction}`, {
    before: percent.format(before),
    believing: percent.format(now),
    trust: game.meters.trust,
  });
}

function renderDone(deps: ViewDeps, game: GameState, total: number): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const good = game.defence.filter((d) => d.fit === 'good').length;
  return h(
    'section',
    { class: 'defence-done', 'aria-labelledby': 'done-heading' },
    h(
      'h1',
      { id: 'done-heading', 'data-screen-heading': true },
      t(total === 0 ? 'defence.noneHeading' : 'defence.doneHeading'),
    ),
    h(
      'p',
      {},
      total === 0
        ? t('defence.none')
        : t('defence.done', {
            good,
            total,
            reach: game.meters.reach,
            believing: Math.round(believingNow(game)),
          }),
    ),
    h(
      'div',
      { class: 'actions' },
      button(
        t('defence.toDebrief'),
        () => {
          deps.store.getState().showDebrief();
        },
        { class: 'primary', 'data-focus-key': 'defence-debrief' },
      ),
    ),
  );
}
