/**
 * `scenarios/stories.json`, written by the build (scripts/story-index.ts) from the story files:
 * what the title shows of each story (title, play time, summary, content note, its town's outline
 * and names), so the title needs no story, town or checker before it answers. It is a copy, not a
 * source: the game still loads and checks the story files afterwards, and where the two differ
 * (a municipality edited a built copy) the story file wins and a notice says so.
 * No imports: the build script reads this file too.
 */
export const STORY_INDEX_FILE = 'scenarios/stories.json';

export interface StoryHead {
  readonly id: string;
  readonly minutes: number;
  readonly town: string;
  /** Keys into the story's own texts (namespace `scenario.<id>`), as in scenario.json. */
  readonly title: string;
  readonly summary: string;
  readonly contentNote?: string;
  /** The texts of those keys, by language. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface TownHead {
  readonly name: string;
  readonly mayor: string;
  readonly alderman: string;
  readonly places?: Readonly<Record<string, string>>;
  readonly neighbourhoods: readonly {
    readonly id: string;
    readonly name: string;
    readonly shape: readonly (readonly [number, number])[];
  }[];
}

export interface StoryIndex {
  readonly format: 1;
  /** scenarios/index.json's list when the build wrote this file. */
  readonly scenarios: readonly string[];
  /** Whether the content has the discernment check. */
  readonly check: boolean;
  readonly stories: readonly StoryHead[];
  readonly towns: Readonly<Record<string, TownHead>>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text at a dotted key of a locale tree (a flat dotted key first, as i18next reads it). */
export function textAt(tree: unknown, key: string | undefined): string | undefined {
  if (key === undefined || !isObject(tree)) return undefined;
  const flat = tree[key];
  if (typeof flat === 'string') return flat;
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringRecord = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.values(v).every(isString);

function isStory(v: unknown): v is StoryHead {
  return (
    isObject(v) &&
    isString(v.id) &&
    typeof v.minutes === 'number' &&
    isString(v.town) &&
    isString(v.title) &&
    isString(v.summary) &&
    (v.contentNote === undefined || isString(v.contentNote)) &&
    isObject(v.texts) &&
    Object.values(v.texts).every(isStringRecord)
  );
}

function isTown(v: unknown): v is TownHead {
  return (
    isObject(v) &&
    isString(v.name) &&
    isString(v.mayor) &&
    isString(v.alderman) &&
    (v.places === undefined || isStringRecord(v.places)) &&
    Array.isArray(v.neighbourhoods) &&
    v.neighbourhoods.every(
      (n: unknown) =>
        isObject(n) &&
        isString(n.id) &&
        isString(n.name) &&
        Array.isArray(n.shape) &&
        n.shape.every(
          (p: unknown) =>
            Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'number'),
        ),
    )
  );
}

/**
 * The index if `value` (the parsed file) has its shape and names a town for every story;
 * undefined otherwise (the title then waits for the story files, as without an index).
 */
export function parseStoryIndex(value: unknown): StoryIndex | undefined {
  if (
    !isObject(value) ||
    value.format !== 1 ||
    !Array.isArray(value.scenarios) ||
    !value.scenarios.every(isString) ||
    typeof value.check !== 'boolean' ||
    !Array.isArray(value.stories) ||
    !value.stories.every(isStory) ||
    !isObject(value.towns) ||
    !Object.values(value.towns).every(isTown)
  )
    return undefined;
  const towns = value.towns;
  return value.stories.every((s) => Object.hasOwn(towns, s.town))
    ? (value as unknown as StoryIndex)
    : undefined;
}
