/**
 * Page Down and Page Up inside an ARIA feed move focus to the next or previous post, as the
 * WAI-ARIA feed pattern asks, so a keyboard or screen-reader user can skim without tabbing
 * through every reply button. Other keys pass through.
 */
export function addFeedKeys(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const articles = [...list.querySelectorAll<HTMLElement>(':scope > article')];
    const current = articles.findIndex(
      (article) => event.target instanceof Node && article.contains(event.target),
    );
    if (current === -1) return;
    const next = articles[current + (event.key === 'PageDown' ? 1 : -1)];
    event.preventDefault();
    next?.focus();
  });
}
