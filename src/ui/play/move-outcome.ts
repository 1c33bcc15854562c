import type { MoveOutcome } from '../../engine/sim/types';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { platformName } from '../feed/feed-platforms';
import { uiText, uiTextAt, type ViewDeps } from '../shared/view-deps';

/** Emotion at or above this reads as a charged post, at or below LOW as a calm one. */
const HIGH = 0.7;
const LOW = 0.3;

/** What a move did in the simulated town, in numbers and words. */
export function outcomeText(deps: ViewDeps, world: World, outcome: MoveOutcome): string {
  const number = new Intl.NumberFormat(deps.i18n.language);
  // Each number with its own plural form: "1 inwoner hoorde ervan", "12 inwoners hoorden ervan".
  const part = (key: 'heard' | 'believed' | 'doubted', count: number): string =>
    uiText(deps, `debrief.outcome.${key}`, { count, value: number.format(count) });
  const counts = {
    heard: part('heard', outcome.newlyExposed),
    believed: part('believed', outcome.newlyBelieving),
    doubted: part('doubted', outcome.newlyDoubting),
  };
  return outcome.platform === null
    ? uiText(deps, 'debrief.outcome.noPost', counts)
    : uiText(deps, 'debrief.outcome.post', {
        ...counts,
        platform: platformName(world, outcome.platform),
      });
}

/**
 * Why it went that way, in the model's own terms: the feed it landed on, how charged the post
 * was, and any measure of the municipality that caught it.
 */
export function outcomeWhy(deps: ViewDeps, world: World, outcome: MoveOutcome): string[] {
  const why: string[] = [];
  if (outcome.platform !== null)
    why.push(
      uiText(deps, `outcome.why.${outcome.platform}`, {
        platform: platformName(world, outcome.platform),
      }),
    );
  if (outcome.emotion !== null && outcome.emotion >= HIGH)
    why.push(uiText(deps, 'outcome.emotion.high'));
  if (outcome.emotion !== null && outcome.emotion <= LOW)
    why.push(uiText(deps, 'outcome.emotion.low'));
  why.push(...outcome.caughtBy.map((m) => uiTextAt(deps, `debrief.outcome.caught.${m}`)));
  return why;
}

/** The outcome as a paragraph: numbers first, then the reasons. */
export function renderOutcome(
  deps: ViewDeps,
  world: World,
  outcome: MoveOutcome,
  className: string,
): HTMLElement {
  return h(
    'p',
    { class: className },
    [outcomeText(deps, world, outcome), ...outcomeWhy(deps, world, outcome)].join(' '),
  );
}
