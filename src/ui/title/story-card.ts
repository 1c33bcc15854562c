import { button, h } from '../shared/dom';
import { s } from '../shared/svg';
import { scenarioText, uiText } from '../shared/view-deps';
import { storyArt } from './story-art';
import type { TitleStory, TitleView } from './title-screen';

/** A small clock before the play time; decorative, the text says "12 min". */
function clock(): SVGElement {
  return s(
    'svg',
    { viewBox: '0 0 16 16', class: 'story-clock', 'aria-hidden': 'true', focusable: 'false' },
    s('circle', {
      cx: 8,
      cy: 8,
      r: 6.5,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.8,
    }),
    s('path', { d: 'M8 4.5V8l2.5 1.8', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8 }),
  );
}

/** A warning triangle before "Let op"; decorative. */
function warning(): SVGElement {
  return s(
    'svg',
    { viewBox: '0 0 16 16', class: 'note-icon', 'aria-hidden': 'true', focusable: 'false' },
    s('path', { d: 'M8 1.5 15 14.5H1Z', fill: '#ffd23f', stroke: '#14212e', 'stroke-width': 1.3 }),
    s('path', { d: 'M8 6v4M8 11.6v1.2', stroke: '#14212e', 'stroke-width': 1.6 }),
  );
}

/**
 * One story on the title: its scene, title, play time and topic, the content note one tap away
 * (a disclosure, not a block of warning text), and its Play button (Continue first when saved).
 * The buttons show a short word; their accessible names say which story ("Speel: Het zwembad").
 */
export function renderStoryCard(deps: TitleView, world: TitleStory): HTMLElement {
  const { scenario } = world;
  const t = (key: string): string => scenarioText(deps, world, key);
  const title = t(scenario.title);
  const canContinue = deps.saved.includes(scenario.id);
  // One tap away: a small disclosure beside Play whose text opens over the card.
  const note =
    scenario.contentNote !== undefined &&
    h(
      'details',
      { class: 'content-note' },
      h(
        'summary',
        {},
        warning(),
        uiText(deps, 'title.noteToggle'),
        h('span', { class: 'visually-hidden' }, ` (${title})`),
      ),
      h('p', {}, t(scenario.contentNote)),
    );
  // Escape closes the open note and puts focus back on its toggle, as with any popover.
  if (note)
    note.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !note.open) return;
      note.open = false;
      note.querySelector('summary')?.focus();
    });
  const play = (text: string, label: string, onClick: () => void, attributes = {}) =>
    button(text, onClick, { 'aria-label': label, ...attributes });
  return h(
    'li',
    { class: 'story-card', 'data-story-card': scenario.id },
    storyArt(scenario.id),
    h(
      'div',
      { class: 'story-body' },
      h('h3', { class: 'story-title' }, title),
      // Shown as a tag on the scene's corner.
      h(
        'p',
        { class: 'story-length' },
        clock(),
        uiText(deps, 'title.length', { minutes: scenario.minutes }),
      ),
      h('p', { class: 'story-summary' }, t(scenario.summary)),
    ),
    h(
      'div',
      { class: 'story-actions' },
      canContinue &&
        play(
          uiText(deps, 'title.continueShort'),
          uiText(deps, 'title.continue', { title }),
          () => {
            deps.resume(scenario.id);
          },
          { class: 'primary', 'data-focus-key': `continue-${scenario.id}` },
        ),
      play(
        uiText(deps, 'title.playShort'),
        uiText(deps, 'title.play', { title }),
        () => {
          deps.play(scenario.id);
        },
        {
          class: canContinue ? 'secondary' : 'primary',
          'data-focus-key': `play-${scenario.id}`,
          'data-story': scenario.id,
        },
      ),
      note,
    ),
  );
}
