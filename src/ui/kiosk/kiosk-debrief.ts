import { qrCode } from '../debrief/next-steps';
import { renderResultsCard } from '../debrief/results-card';
import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Tricks listed on the kiosk card: enough to learn from, few enough to read standing up. */
export const KIOSK_CARD_TRICKS = 3;

/**
 * The kiosk's debrief: only the results card (goal, figures, one line per trick on how to spot
 * it), the municipality's page as a QR code to take home when config.json names one, and the
 * button for the next visitor. At most 150 words (tests/kiosk-card-words.test.ts counts them on
 * every short-route ending): a visit fits five minutes.
 */
export function renderKioskDebrief(deps: ViewDeps): HTMLElement {
  const { world, game } = deps.store.getState();
  if (world === null || game === null) return h('main', { id: 'main' });
  const card = renderResultsCard(deps, world, game);
  // On the honest route the card lists every trick of the story; a visitor standing up reads three.
  for (const row of [...card.querySelectorAll('.results-row')].slice(KIOSK_CARD_TRICKS))
    row.remove();
  return h(
    'main',
    { class: 'screen debrief-screen kiosk-debrief', id: 'main' },
    card,
    deps.boosterUrl !== undefined && renderTakeHome(deps, deps.boosterUrl),
    h(
      'div',
      { class: 'actions' },
      button(
        uiText(deps, 'kiosk.done'),
        () => {
          deps.store.getState().resetForNextPlayer();
        },
        { class: 'primary kiosk-done', 'data-focus-key': 'kiosk-done' },
      ),
    ),
  );
}

/** The municipality's page as a QR code: a kiosk has no links away, the phone takes it home. */
function renderTakeHome(deps: ViewDeps, url: string): HTMLElement {
  return h(
    'section',
    { class: 'kiosk-take-home', 'aria-labelledby': 'take-home-heading' },
    qrCode(url, uiText(deps, 'debrief.booster.qr', { url })),
    h(
      'div',
      {},
      h('h2', { id: 'take-home-heading' }, uiText(deps, 'kiosk.takeHome')),
      h('p', { class: 'take-home-url' }, url),
    ),
  );
}
