import { h } from '../shared/dom';
import { s } from '../shared/svg';
import { prefersReducedMotion } from '../shared/motion';
import { chatBubbles } from './chat-bubbles';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Milliseconds the handler "types" before each bubble after the first. */
export const TYPING_MS = 650;

/** The handler's avatar: a figure in a hat, drawn in SVG. */
function handlerAvatar(): SVGElement {
  return s(
    'svg',
    { viewBox: '0 0 40 40', class: 'handler-avatar', 'aria-hidden': 'true', focusable: 'false' },
    s('circle', { cx: 20, cy: 20, r: 20, class: 'handler-avatar-bg' }),
    s('circle', { cx: 20, cy: 21, r: 8, class: 'handler-avatar-face' }),
    s('path', { d: 'M8 33c2-7 7-9 12-9s10 2 12 9', class: 'handler-avatar-coat' }),
    s('path', { d: 'M9 15h22l-3-2-2-7h-12l-2 7z', class: 'handler-avatar-hat' }),
    s('rect', { x: 14, y: 19, width: 12, height: 3, rx: 1.5, class: 'handler-avatar-glasses' }),
  );
}

/**
 * The handler's message as a chat: the player's last move as their own bubble, then the
 * handler's bubbles. All text is in the page at once (screen readers read it in order); sighted
 * players see the bubbles arrive one by one after a short typing pause. A click or key on the
 * chat (or a key, see the move panel) shows them all; under reduced motion they are all there at once.
 */
export function renderHandlerChat(
  deps: ViewDeps,
  message: string,
  lastMove: { readonly label: string; readonly feedback: HTMLElement | false } | null,
  animate: boolean,
): HTMLElement {
  const bubbles = chatBubbles(message);
  const items = bubbles.map((text) =>
    h('li', { class: 'bubble bubble-handler' }, h('p', {}, text)),
  );
  const typing = h(
    'li',
    { class: 'typing', 'aria-hidden': 'true' },
    h('span'),
    h('span'),
    h('span'),
  );
  const chat = h(
    'section',
    { class: 'handler-chat', 'aria-label': uiText(deps, 'play.chat') },
    h(
      'p',
      { class: 'handler-who' },
      handlerAvatar(),
      h('span', { class: 'handler-name' }, uiText(deps, 'play.handlerName')),
      h('span', { class: 'handler-role' }, uiText(deps, 'play.handlerRole')),
    ),
    h(
      'ol',
      { class: 'chat-log' },
      lastMove !== null &&
        h(
          'li',
          { class: 'bubble bubble-player' },
          h('span', { class: 'visually-hidden' }, uiText(deps, 'play.youChose')),
          h('p', {}, lastMove.label),
        ),
      lastMove !== null &&
        lastMove.feedback !== false &&
        h('li', { class: 'chat-feedback' }, lastMove.feedback),
      ...items,
      typing,
    ),
  );
  typing.hidden = true;
  if (!animate || prefersReducedMotion() || items.length < 2) return chat;

  // Visual only: later bubbles wait (class "pending") while the handler types.
  items.slice(1).forEach((item) => {
    item.classList.add('pending');
  });
  chat.dataset.typing = 'true';
  let shown = 1;
  let timer = 0;
  const showAll = (): void => {
    window.clearTimeout(timer);
    items.forEach((item) => {
      item.classList.remove('pending');
    });
    typing.hidden = true;
    delete chat.dataset.typing;
  };
  const next = (): void => {
    if (!chat.isConnected && shown > 1) {
      showAll();
      return;
    }
    const item = items[shown];
    if (item === undefined) {
      showAll();
      return;
    }
    typing.hidden = true;
    item.classList.remove('pending');
    shown += 1;
    if (shown < items.length) {
      item.after(typing);
      typing.hidden = false;
      timer = window.setTimeout(next, TYPING_MS);
    } else showAll();
  };
  items[0]?.after(typing);
  typing.hidden = false;
  timer = window.setTimeout(next, TYPING_MS);
  // A tap anywhere on the chat, or any key while the step has focus, shows the whole message.
  chat.addEventListener('click', showAll);
  chat.addEventListener('show-all', showAll);
  return chat;
}
