/**
 * The projector shows a whole step on one 16:9 screen that nobody scrolls. The stylesheet gives
 * the moves their room; this leaves out what still does not fit, on purpose and in a fixed
 * order, so nothing is ever cut in half: first the handler's older chat bubbles (the presenter
 * has the story in the speaker notes), then older posts, then the newest post's reaction
 * counts. A left-out element gets `data-fit="out"` (hidden by projector.css); every change of
 * the screen or the window starts again from everything shown. Returns the stop function.
 */
const OUT = 'fit';

/** One part of the screen: the boxes that must not overflow, and what may go, in order. */
interface Part {
  readonly boxes: string;
  readonly candidates: (root: HTMLElement) => Element[];
}

const PARTS: readonly Part[] = [
  {
    boxes: '.command, .move-panel, .handler-chat, .ending-panel',
    // The player's last move and the handler's bubbles, oldest first; what the move did goes
    // last, then the handler's name.
    candidates: (root) => [
      ...root.querySelectorAll('.chat-log > li:not(.chat-feedback)'),
      ...root.querySelectorAll('.chat-log > .chat-feedback, .handler-who'),
    ],
  },
  {
    boxes: '.feed-slot, .feed-panel',
    // Every post but one goes first, oldest first: the one kept is the room's newest own post,
    // or else the newest post. Then that post's reaction counts, then the post itself.
    candidates: (root) => {
      const posts = [...root.querySelectorAll('[role="feed"] > .feed-post')];
      const keep = posts.find((p) => p.classList.contains('post-player')) ?? posts[0];
      const stats = keep?.querySelector('.post-stats');
      return [
        ...posts.filter((p) => p !== keep).reverse(),
        ...(stats ? [stats] : []),
        ...(keep ? [keep] : []),
      ];
    },
  },
];

const overflows = (el: Element): boolean => el.scrollHeight > el.clientHeight + 1;

/** Leaves out, part by part, what makes a box of the screen overflow. */
export function fitProjector(root: HTMLElement): void {
  for (const el of root.querySelectorAll(`[data-${OUT}]`)) el.removeAttribute(`data-${OUT}`);
  for (const part of PARTS) {
    const boxes = [...root.querySelectorAll(part.boxes)];
    const candidates = part.candidates(root);
    for (const candidate of candidates) {
      if (!boxes.some(overflows)) break;
      candidate.setAttribute(`data-${OUT}`, 'out');
    }
  }
}

/** Keeps the projector fitted while the screen changes, the window resizes or fonts load. */
export function keepProjectorFitted(root: HTMLElement): () => void {
  let frame = 0;
  const schedule = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      fitProjector(root);
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'hidden'],
  });
  window.addEventListener('resize', schedule);
  void document.fonts.ready.then(schedule);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
