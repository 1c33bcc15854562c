import { PLATFORMS, type Platform } from '../../content/simulation-vocabulary';
import { h } from '../shared/dom';

/** What one tab shows: the feed's name and how many of its posts are new to the player. */
export interface TabInfo {
  readonly platform: Platform;
  readonly name: string;
  /** "3 nieuw", or null when nothing is new. */
  readonly unseen: string | null;
}

export const tabId = (platform: Platform): string => `feed-tab-${platform}`;
export const panelId = (platform: Platform): string => `feed-panel-${platform}`;

/** The tab that arrow keys, Home and End move to from `current` (ARIA tabs pattern), or null. */
export function tabForKey(key: string, current: Platform): Platform | null {
  const i = PLATFORMS.indexOf(current);
  const n = PLATFORMS.length;
  switch (key) {
    case 'ArrowRight':
      return PLATFORMS[(i + 1) % n] ?? null;
    case 'ArrowLeft':
      return PLATFORMS[(i - 1 + n) % n] ?? null;
    case 'Home':
      return PLATFORMS[0];
    case 'End':
      return PLATFORMS[n - 1] ?? null;
    default:
      return null;
  }
}

/**
 * The tab list of the four feeds, with automatic activation: clicking a tab or moving to it
 * with the arrow keys, Home or End calls `onSelect`. Only the selected tab is in the Tab order.
 */
export function renderFeedTabs(
  tabs: readonly TabInfo[],
  selected: Platform,
  labelledBy: string,
  onSelect: (p: Platform) => void,
): HTMLElement {
  const list = h(
    'div',
    { class: 'feed-tabs', role: 'tablist', 'aria-labelledby': labelledBy },
    ...tabs.map((tab) => {
      const active = tab.platform === selected;
      const element = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: tabId(tab.platform),
          class: `feed-tab tab-${tab.platform}`,
          'aria-selected': String(active),
          'aria-controls': panelId(tab.platform),
          tabindex: active ? 0 : -1,
        },
        h('span', { class: 'tab-name' }, tab.name),
        tab.unseen !== null && ' ',
        tab.unseen !== null && h('span', { class: 'tab-unseen' }, tab.unseen),
      );
      element.addEventListener('click', () => {
        onSelect(tab.platform);
      });
      return element;
    }),
  );
  list.addEventListener('keydown', (event) => {
    const next = tabForKey(event.key, selected);
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onSelect(next);
  });
  return list;
}

/**
 * On a phone the tabs are one row that scrolls sideways: after a render (or a landing on another
 * feed) the selected tab is scrolled into the row's view, without moving the page.
 */
export function revealSelectedTab(container: HTMLElement): void {
  const list = container.querySelector<HTMLElement>('.feed-tabs');
  const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]') ?? null;
  if (list === null || tab === null || list.scrollWidth <= list.clientWidth) return;
  const row = list.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  if (box.left >= row.left && box.right <= row.right) return;
  list.scrollLeft += box.left - row.left - (row.width - box.width) / 2;
}
