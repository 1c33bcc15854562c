import { scenarioText, uiText, type ViewDeps } from './view-deps';

/** The most characters of one part (heading, story) in the title: a tab shows about this many. */
const PART_LIMIT = 60;

/** A part cut to PART_LIMIT characters with "…", never inside a surrogate pair. */
function short(part: string): string {
  const chars = Array.from(part);
  return chars.length <= PART_LIMIT ? part : `${chars.slice(0, PART_LIMIT - 1).join('')}…`;
}

/**
 * The page's title for the current screen (WCAG 2.4.2), most specific first, so a tab list or a
 * screen reader's window list tells where the player is: "Stap 3 · Het zwembad · Geruchtenmolen".
 * `heading` is the screen's own h1, used for the screens other than play and title.
 */
export function pageTitle(deps: ViewDeps, heading: string): string {
  const { screen, world, game } = deps.store.getState();
  const app = uiText(deps, 'app.name');
  if (screen === 'title') return app;
  const story = world === null ? '' : scenarioText(deps, world, world.scenario.title);
  let part = heading;
  if (screen === 'play' && game !== null)
    part =
      game.ending === null
        ? uiText(deps, 'play.titleStep', { step: game.history.length + 1 })
        : uiText(deps, 'play.titleEnding');
  // A heading that already names the story ("Einde: Het zwembad") is not repeated.
  // Each part is kept short: a built copy's texts can be any length (a 10,000-character story
  // title made a page title just as long).
  return [part, story, app]
    .filter((p, i, all) => p !== '' && all.indexOf(p) === i)
    .map(short)
    .join(' · ');
}
