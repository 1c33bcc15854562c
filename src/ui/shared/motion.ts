/**
 * Whether the player asked for less motion (prefers-reduced-motion). jsdom and old browsers have
 * no matchMedia: they count as reduced, so tests see the final state at once.
 */
export function prefersReducedMotion(): boolean {
  if (typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Counts a number shown in `element` up (or down) from `from` to `to` over `ms`, formatted by
 * `format`. Instant under reduced motion. While it counts, the element carries data-counting
 * (tests read the figures once it is gone). Returns a function that stops it at the end value.
 */
export function countUp(
  element: HTMLElement,
  from: number,
  to: number,
  format: (value: number) => string,
  ms = 900,
): () => void {
  const finish = (): void => {
    element.textContent = format(to);
    delete element.dataset.counting;
  };
  if (from === to || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
    finish();
    return finish;
  }
  let frame = 0;
  const start = performance.now();
  const tick = (now: number): void => {
    const t = Math.min(1, (now - start) / ms);
    const eased = 1 - (1 - t) ** 3;
    element.textContent = format(Math.round(from + (to - from) * eased));
    if (t < 1) frame = requestAnimationFrame(tick);
    else finish();
  };
  element.dataset.counting = 'true';
  element.textContent = format(from);
  frame = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(frame);
    finish();
  };
}
