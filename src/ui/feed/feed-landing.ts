import { countUp, prefersReducedMotion } from '../shared/motion';

/** The longest the landing of a post may take, and the pause between two replies at most. */
const TOTAL_MS = 3600;
const MAX_GAP_MS = 800;
/** The counters take at least this long, even with one reply or none. */
const MIN_COUNT_MS = 1500;

/** What the landing needs to know about the post's numbers and how to write them. */
export interface LandingText {
  /** Each reaction count: where it is shown, its final value and how to write a value. */
  readonly stats: readonly {
    readonly item: HTMLElement;
    readonly to: number;
    readonly write: (value: number) => string;
  }[];
  /** The thread toggle's label while `count` replies have arrived ("1 van 224 reacties lezen"). */
  readonly toggle: (count: number) => string;
}

/** The pause between two replies: at most 0.8 s, shorter with many so all arrive within 3.6 s. */
export function replyGap(replies: number): number {
  return replies === 0 ? 0 : Math.min(MAX_GAP_MS, TOTAL_MS / replies);
}

/**
 * Lands the player's new post (issue "Play, not read": see the move land): its reaction counts
 * count up and the replies in its open thread arrive one by one, the toggle counting them,
 * within 4 s. Visual only: nothing is announced (the play screen's one polite status already
 * sums up the move) and focus stays where it is. While it runs, `marker` (the feed panel)
 * carries data-animating; tests wait for it to go. Instant under reduced motion. Returns a
 * function that finishes it at once (the feeds are about to be redrawn).
 */
export function landPost(article: HTMLElement, marker: HTMLElement, text: LandingText): () => void {
  const replies = [...article.querySelectorAll<HTMLElement>('.thread .reply')];
  const toggle = article.querySelector<HTMLElement>('.thread-toggle');
  const gap = replyGap(replies.length);
  const duration = Math.max(MIN_COUNT_MS, gap * replies.length);
  const stops = text.stats.map(({ item, to, write }) => countUp(item, 0, to, write, duration));
  if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
    stops.forEach((stop) => {
      stop();
    });
    return () => undefined;
  }
  replies.forEach((el) => {
    el.classList.add('pending');
  });
  const label = toggle?.textContent ?? '';
  const showToggle = (arrived: number): void => {
    if (toggle !== null) toggle.textContent = text.toggle(arrived);
  };
  showToggle(0);
  marker.dataset.animating = 'true';
  const timers: number[] = [];
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    timers.forEach((timer) => {
      window.clearTimeout(timer);
    });
    stops.forEach((stop) => {
      stop();
    });
    replies.forEach((el) => {
      el.classList.remove('pending');
    });
    if (toggle !== null) toggle.textContent = label;
    delete marker.dataset.animating;
  };
  replies.forEach((reply, index) => {
    timers.push(
      window.setTimeout(
        () => {
          reply.classList.remove('pending');
          showToggle(index + 1);
        },
        gap * (index + 1) - gap / 2,
      ),
    );
  });
  timers.push(window.setTimeout(finish, duration));
  return finish;
}
