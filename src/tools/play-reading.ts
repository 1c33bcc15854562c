/**
 * The reading model of the play issue: what a player reads on a step before choosing (the
 * handler's chat and, after the first move, the one-line feedback headline) and how long a whole
 * session takes at reading speed: the longest path of the story, the switch-sides round and the
 * results card. Posts in the feeds and the "Waarom?" details are there to explore, not read.
 * A model, not a stopwatch: it counts the words shown, at READING_WPM, plus time to choose.
 */
import type { LoadedScenario } from '../content/load-scenario';
import { flattenLocale } from '../content/locales';
import { DEFENCE_MOMENTS } from '../engine/defence';
import { longestShortRouteMinutes, READING_WPM, SECONDS_PER_DECISION } from './content-stats';

/** Words of the feedback headline ("3.985 keer gedeeld · 14% gelooft het (+3)"). */
export const HEADLINE_WORDS = 8;
/** Words on the results card besides one line per technique: title, goal, peak, followers. */
export const RESULTS_CARD_WORDS = 40;
/** Words of a technique's line on the results card: at most 20 (the limit). */
export const RESULTS_LINE_WORDS = 20;
/** Words of one defender-round moment: the post recalled, four answers, one explanation after. */
export const DEFENCE_MOMENT_WORDS = 30 + 4 * 6 + 30;

/** The kiosk's results card: at most this many words (ui/kiosk/kiosk-debrief; a test counts them). */
export const KIOSK_CARD_WORDS = 150;
/** The kiosk's defender round: at most one moment (the defence view decides; counted in full). */
export const KIOSK_DEFENCE_MOMENTS = 1;
/** A festival visit, attract screen to results card, fits this many minutes (issue #11). */
export const KIOSK_VISIT_MAX_MINUTES = 5;

export interface PlayReading {
  readonly id: string;
  /** Average over the steps with moves: handler chat plus (after the first move) the headline. */
  readonly wordsPerStep: number;
  /** The most words on one step. */
  readonly mostWordsOnAStep: number;
  /** Minutes for the longest path, the switch-sides round and the results card. */
  readonly sessionMinutes: number;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function playReading(loaded: LoadedScenario): PlayReading {
  const texts = flattenLocale(loaded.locales.nl ?? {});
  const words = (key: string): number => countWords((texts.get(key) ?? []).join(' '));
  const { nodes, start } = loaded.scenario;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const decisions = nodes.filter((n) => (n.choices ?? []).length > 0);
  const stepWords = decisions.map((n) => words(n.text) + (n.id === start ? 0 : HEADLINE_WORDS));
  // The longest path by reading: the step's chat, headline and the moves' labels, plus the time
  // to choose, followed to an ending (a node seen once per path, so loops end).
  const longest = (
    id: string,
    seen: ReadonlySet<string>,
  ): { words: number; decisions: number; techniques: Set<string> } => {
    const node = byId.get(id);
    if (node === undefined || seen.has(id))
      return { words: 0, decisions: 0, techniques: new Set() };
    const here = words(node.text) + (id === start ? 0 : HEADLINE_WORDS);
    const choices = node.choices ?? [];
    if (choices.length === 0) return { words: here, decisions: 0, techniques: new Set() };
    const labels = choices.reduce((sum, c) => sum + words(c.label), 0);
    const next = new Set(seen).add(id);
    let best = { words: 0, decisions: 0, techniques: new Set<string>() };
    for (const choice of choices) {
      const rest = longest(choice.to, next);
      if (rest.words + rest.decisions * 30 > best.words + best.decisions * 30)
        best = { ...rest, techniques: new Set([...rest.techniques, ...(choice.techniques ?? [])]) };
    }
    return {
      words: here + labels + best.words,
      decisions: best.decisions + 1,
      techniques: best.techniques,
    };
  };
  const path = longest(start, new Set());
  const defence = DEFENCE_MOMENTS * DEFENCE_MOMENT_WORDS;
  const card = RESULTS_CARD_WORDS + path.techniques.size * RESULTS_LINE_WORDS;
  const minutes =
    (path.words + defence + card) / READING_WPM +
    ((path.decisions + DEFENCE_MOMENTS) * SECONDS_PER_DECISION) / 60;
  return {
    id: loaded.scenario.id,
    wordsPerStep: Math.round(stepWords.reduce((a, b) => a + b, 0) / Math.max(1, stepWords.length)),
    mostWordsOnAStep: Math.max(0, ...stepWords),
    sessionMinutes: Math.round(minutes * 10) / 10,
  };
}

/** A festival visit in the reading model: attract screen, short route, results card. */
export interface KioskVisit {
  readonly id: string;
  /** The longest path of the short route: chat, headline and moves, and time to choose. */
  readonly shortRouteMinutes: number;
  /** Attract screen, the longest short-route path and the results card at its longest. */
  readonly visitMinutes: number;
  /** The same with one defender moment, where the kiosk plays one. */
  readonly withDefenceMinutes: number;
}

/**
 * The kiosk visit per story as the issue defines it (attract → short route → ending → results
 * card): the attract screen's words (`attractWords`, from the interface text; the tap on its one
 * button is no decision), the longest short-route path, and the results card at its most
 * (KIOSK_CARD_WORDS), at READING_WPM. Also given with KIOSK_DEFENCE_MOMENTS defender moment.
 */
export function kioskVisit(loaded: LoadedScenario, attractWords: number): KioskVisit {
  const route = longestShortRouteMinutes(loaded);
  const visit = route + (attractWords + KIOSK_CARD_WORDS) / READING_WPM;
  const defence =
    (KIOSK_DEFENCE_MOMENTS * DEFENCE_MOMENT_WORDS) / READING_WPM +
    (KIOSK_DEFENCE_MOMENTS * SECONDS_PER_DECISION) / 60;
  return {
    id: loaded.scenario.id,
    shortRouteMinutes: route,
    visitMinutes: visit,
    withDefenceMinutes: visit + defence,
  };
}

/** The section of docs/content-stats.md for the kiosk visit. */
export function kioskVisitSection(rows: readonly KioskVisit[], attractWords: number): string {
  return [
    '## A festival visit (kiosk)',
    '',
    `The visit as issue #11 defines it: the attract screen (${String(attractWords)} words, then a tap), the longest path of the short route (as above: chat, headline and moves, ${String(SECONDS_PER_DECISION)} s to choose each), and the kiosk's results card at its longest (${String(KIOSK_CARD_WORDS)} words: tests/kiosk-card-words.test.ts counts the card on every short-route ending of every story), at ${String(READING_WPM)} words a minute. Target: at most ${String(KIOSK_VISIT_MAX_MINUTES)} minutes. The last column adds ${String(KIOSK_DEFENCE_MOMENTS)} defender moment (${String(DEFENCE_MOMENT_WORDS)} words and a choice) for a kiosk that plays one.`,
    '',
    '| scenario | short route, longest path (min) | visit (min) | fits 5 min | visit with one defender moment (min) |',
    '|---|---:|---:|:-:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.shortRouteMinutes.toFixed(2)} | ${r.visitMinutes.toFixed(2)} | ${r.visitMinutes <= KIOSK_VISIT_MAX_MINUTES ? '✓' : '✗'} | ${r.withDefenceMinutes.toFixed(2)} |`,
    ),
  ].join('\n');
}

/** The section of docs/content-stats.md for the play reading model. */
export function playReadingSection(rows: readonly PlayReading[]): string {
  return [
    '## Reading on the play screen',
    '',
    `What a player reads on a step before choosing: the handler's chat plus, after the first move, the one-line feedback headline (${String(HEADLINE_WORDS)} words). A session: the longest path of the story (chat, headline and the moves offered, ${String(SECONDS_PER_DECISION)} s to choose each), the switch-sides round (${String(DEFENCE_MOMENTS)} moments of about ${String(DEFENCE_MOMENT_WORDS)} words) and the results card (${String(RESULTS_CARD_WORDS)} words plus at most ${String(RESULTS_LINE_WORDS)} per technique used), at ${String(READING_WPM)} words a minute. Feeds and "Waarom?" are there to explore and are not counted. Targets: at most 80 words a step on average; a zwembad session at most 15 minutes.`,
    '',
    '| scenario | words per step (average) | most words on a step | session, longest path (min) |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${String(r.wordsPerStep)} | ${String(r.mostWordsOnAStep)} | ${r.sessionMinutes.toFixed(1)} |`,
    ),
  ].join('\n');
}
