/**
 * Tiny DOM helpers. Text always goes in as text nodes (never innerHTML), so scenario and config
 * text containing markup is shown literally and can never run.
 */
type Child = Node | string | null | undefined | false;
type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
  return element;
}

/** A button that calls `onClick`; its accessible name is its text. */
export function button(
  text: string,
  onClick: () => void,
  attributes: Attributes = {},
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, text);
  element.addEventListener('click', onClick);
  return element;
}

let idCounter = 0;
/** A page-unique id for aria-labelledby and friends. */
export const uniqueId = (prefix: string): string => `${prefix}-${String((idCounter += 1))}`;

/** Moves keyboard and screen-reader focus to an element that is not normally focusable. */
export function focusHeading(element: HTMLElement | null): void {
  if (element === null) return;
  element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
}

/** The data-focus-key of the control that has focus, so a redraw can put focus back on it. */
export function focusKey(): string | null {
  return document.activeElement instanceof HTMLElement
    ? (document.activeElement.dataset.focusKey ?? null)
    : null;
}

/** Focus on the control inside `root` with this data-focus-key, if there is one. */
export function restoreFocus(root: HTMLElement, key: string | null | undefined): void {
  if (key == null) return;
  const match = [...root.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
    (el) => el.dataset.focusKey === key,
  );
  match?.focus();
}
