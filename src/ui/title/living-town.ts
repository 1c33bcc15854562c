import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { prefersReducedMotion } from '../shared/motion';
import type { MountMap } from '../shared/view-deps';

/**
 * Narrower than this (a phone, Lighthouse's mobile page) the title keeps its SVG town: the cards
 * come first there, and no Phaser or simulation work is added to the page.
 */
export const WIDE_ENOUGH = '(min-width: 45rem)';

/** After the title has drawn and the page is idle (and visible); returns how to cancel. */
function afterIdle(run: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = (): void => {
    if (cancelled) return;
    if (document.hidden) {
      document.addEventListener('visibilitychange', go, { once: true });
      return;
    }
    if ('requestIdleCallback' in window) idle = requestIdleCallback(run, { timeout: 2000 });
    else timer = setTimeout(run, 200);
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(go, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    document.removeEventListener('visibilitychange', go);
  };
}

/**
 * The title's hero comes alive: once the title is up and the page idle, the play screen's own
 * town map (the page's one Phaser game and canvas) fades in over the SVG town (`frame`), showing a
 * demo run of `world`'s story in a loop (still under reduced motion). When it has faded in, the
 * SVG's drawing stops (`data-hero="map"`); it keeps its size and its text alternative, and stays
 * the picture where the map cannot come (a phone, no WebGL or Canvas, Phaser failing to load).
 * The canvas is decoration (aria-hidden): the SVG's label and the title's words say what it shows.
 * Returns how to take it away again (leaving the title): the play screen then takes the canvas.
 */
export function mountLivingTown(
  frame: HTMLElement,
  mountMap: MountMap | undefined,
  world: World | undefined,
): () => void {
  if (
    mountMap === undefined ||
    world === undefined ||
    typeof window.matchMedia !== 'function' ||
    !window.matchMedia(WIDE_ENOUGH).matches
  )
    return () => undefined;
  const host = h('div', { class: 'title-map', 'aria-hidden': 'true' });
  let unmount: (() => void) | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const shown = (): void => {
    frame.dataset.hero = 'map';
  };
  const observer = new MutationObserver(() => {
    if (host.dataset.state === 'failed') {
      observer.disconnect();
      host.remove();
      return;
    }
    if (host.dataset.rests === undefined) return;
    observer.disconnect();
    // The SVG stops drawing once the map covers it (after the fade; at once without one).
    if (prefersReducedMotion()) shown();
    else {
      host.addEventListener('transitionend', shown, { once: true });
      settle = setTimeout(shown, 1500);
    }
  });
  const cancel = afterIdle(() => {
    frame.append(host);
    observer.observe(host, { attributes: true, attributeFilter: ['data-rests', 'data-state'] });
    unmount = mountMap(host, world, true);
  });
  return () => {
    cancel();
    observer.disconnect();
    if (settle !== undefined) clearTimeout(settle);
    unmount?.();
    host.remove();
    delete frame.dataset.hero;
  };
}
