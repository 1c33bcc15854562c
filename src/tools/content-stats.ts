import type { LoadedScenario } from '../content/load-scenario';
import { flattenLocale, type Language } from '../content/locales';
import { selectChoice } from '../engine/actions';
import { reduce } from '../engine/reducer';
import { availableChoices } from '../engine/selectors';
import { createInitialState, type GameState } from '../engine/state';
import { createWorld, type World } from '../engine/world';

/** Readability of a body of text: the figures behind "B1" (short sentences, short words). */
export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly wordsPerSentence: number;
  readonly syllablesPerWord: number;
  /** Share of sentences longer than 15 words (the content guide's habit). */
  readonly longSentences: number;
  /** Flesch–Douma for Dutch, Flesch Reading Ease for English: higher is easier; 60+ is plain language. */
  readonly readingEase: number;
}

const VOWELS = {
  nl: /(aa|ee|oo|uu|ie|oe|ui|eu|ou|au|ei|ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+/giu,
  en: /[aeiouy]+/giu,
} as const;

/** Syllables by vowel groups (Dutch diphthongs count once); a silent final English -e is dropped. */
export function syllables(word: string, lang: Language): number {
  const lower = word.toLowerCase();
  const groups = lower.match(VOWELS[lang])?.length ?? 0;
  const silentE = lang === 'en' && /[^aeiouy]e$/.test(lower) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

export function readability(texts: readonly string[], lang: Language): Readability {
  const sentences = texts
    .flatMap((t) => t.replace(/\{\{\s*[\w.]+\s*\}\}/g, 'Lindewaard').split(/(?<=[.!?…])\s+|\n+/))
    .map((s) => s.match(/\p{L}[\p{L}'’-]*/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllableCount = words.reduce((sum, w) => sum + syllables(w, lang), 0);
  const wps = words.length / Math.max(1, sentences.length);
  const spw = syllableCount / Math.max(1, words.length);
  const ease = lang === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return {
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: round(wps),
    syllablesPerWord: round(spw),
    longSentences: round(
      sentences.filter((s) => s.length > 15).length / Math.max(1, sentences.length),
    ),
    readingEase: Math.round(ease),
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Reading speed assumed for a first-time player reading B1 text on screen (words per minute). */
export const READING_WPM = 160;
/** Time to weigh the moves and choose, per decision, in seconds. */
export const SECONDS_PER_DECISION = 12;

export interface ScenarioStats {
  readonly id: string;
  readonly nodes: number;
  readonly decisions: number;
  readonly endings: number;
  readonly techniques: number;
  readonly nl: Readability;
  readonly en: Readability;
  /** Estimated minutes for a playthrough that always takes the first move (typical length). */
  readonly minutesFirstMoves: number;
  /** Estimated minutes on the short route: the longest of its paths. */
  readonly minutesShortRoute: number;
}

/** Figures for one scenario: its size, its readability per language and a timed-reading estimate. */
export function scenarioStats(loaded: LoadedScenario): ScenarioStats {
  const { scenario } = loaded;
  const nodes = scenario.nodes;
  return {
    id: scenario.id,
    nodes: nodes.length,
    decisions: nodes.filter((n) => (n.choices ?? []).length > 0).length,
    endings: nodes.filter((n) => n.ending).length,
    techniques: new Set(nodes.flatMap((n) => (n.choices ?? []).flatMap((c) => c.techniques ?? [])))
      .size,
    nl: readability([...flattenLocale(loaded.locales.nl ?? {}).values()].flat(), 'nl'),
    en: readability([...flattenLocale(loaded.locales.en ?? {}).values()].flat(), 'en'),
    minutesFirstMoves: playMinutes(loaded, 'full'),
    minutesShortRoute: longestShortRouteMinutes(loaded),
  };
}

/**
 * Words a player reads at a step before choosing, as the play screen shows it: the handler's
 * chat, the one-line feedback headline after a move, and the moves offered. The posts in the
 * feeds are there to explore (the newest is highlighted), so they are not counted as read.
 */
function stepWords(world: World, state: GameState, words: (key: string) => number): number {
  const node = world.nodes.get(state.nodeId);
  let count = words(node?.text ?? '') + (state.history.length > 0 ? FEEDBACK_HEADLINE_WORDS : 0);
  if (state.ending === null)
    count += availableChoices(world, state).reduce((sum, c) => sum + words(c.label), 0);
  return count;
}

/** Words of the feedback headline after a move ("3.985 keer gedeeld · 14% gelooft het (+3)"). */
export const FEEDBACK_HEADLINE_WORDS = 8;

const minutesFor = (words: number, decisions: number): number =>
  round(words / READING_WPM + (decisions * SECONDS_PER_DECISION) / 60);

function wordCounter(loaded: LoadedScenario): (key: string) => number {
  const texts = flattenLocale(loaded.locales.nl ?? {});
  return (key) => (texts.get(key) ?? []).join(' ').split(/\s+/).filter(Boolean).length;
}

/** Plays the first available move at every step and times the reading of everything shown. */
function playMinutes(loaded: LoadedScenario, route: 'full' | 'short'): number {
  const world = createWorld(loaded.scenario, loaded.town);
  const words = wordCounter(loaded);
  let state = createInitialState(world, 1, route);
  let count = 0;
  let decisions = 0;
  for (let step = 0; step < 60; step += 1) {
    count += stepWords(world, state, words);
    const first = availableChoices(world, state)[0];
    if (state.ending !== null || first === undefined) break;
    decisions += 1;
    state = reduce(world, state, selectChoice(first.id));
  }
  return minutesFor(count, decisions);
}

/** The longest reading time over every path of the short route (festival play must fit in five minutes). */
export function longestShortRouteMinutes(loaded: LoadedScenario): number {
  const world = createWorld(loaded.scenario, loaded.town);
  const words = wordCounter(loaded);
  let longest = 0;
  const walk = (state: GameState, count: number, decisions: number): void => {
    const total = count + stepWords(world, state, words);
    if (state.ending !== null || decisions > 40) {
      longest = Math.max(longest, minutesFor(total, decisions));
      return;
    }
    for (const choice of availableChoices(world, state))
      walk(reduce(world, state, selectChoice(choice.id)), total, decisions + 1);
  };
  walk(createInitialState(world, 1, 'short'), 0, 0);
  return longest;
}
