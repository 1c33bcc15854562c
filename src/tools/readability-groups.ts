import { TECHNIQUE_TEXT_FIELDS } from '../content/catalogue-schema';
import type { LoadedContent } from '../content/load-content';
import { type Language, LANGUAGES } from '../content/locales';
import { type Readability, readability } from './content-stats';

/** One body of text a player reads, measured in each language. */
export interface TextGroup {
  readonly group: string;
  readonly readability: Readonly<Record<Language, Readability>>;
}

/** The B1 targets for every Dutch group (content guide; issue #13). */
export const MIN_READING_EASE = 60;
export const MAX_WORDS_PER_SENTENCE = 15;

// The optional technique field `precise` (the exact legal wording, shown below the plain law
// sentence) stays out of the figures; the optional `since2024` (what changed in the law in 2024,
// printed on the handout) is measured beside TECHNIQUE_TEXT_FIELDS.
const MEASURED_TECHNIQUE_FIELDS = [...TECHNIQUE_TEXT_FIELDS, 'since2024'] as const;

/** Interface keys that belong to the debrief and the defender round, measured on their own. */
const DEBRIEF_PREFIXES = ['debrief.', 'defence.', 'ending.', 'outcome.', 'badges.'];

type Texts = Readonly<Record<Language, readonly string[]>>;

/** Every text in a JSON value with its dotted key (list items keep their parent's key). */
function entries(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => entries(item, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value)
    .filter(([k]) => !(key === '' && k === '$schema')) // a pointer for editors, not a text
    .flatMap(([k, v]) => entries(v, key === '' ? k : `${key}.${k}`));
}

const textsOf = (tree: unknown, keep: (key: string) => boolean): string[] =>
  entries(tree)
    .filter(([key]) => keep(key))
    .map(([, text]) => text);

function group(name: string, texts: Texts): TextGroup {
  const measured = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, readability(texts[lang], lang)]),
  ) as Record<Language, Readability>;
  return { group: name, readability: measured };
}

const perLanguage = (pick: (lang: Language) => readonly string[]): Texts =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, pick(lang)])) as Record<
    Language,
    readonly string[]
  >;

/**
 * Every text group a player reads: each story, each kind of catalogue field, the residents'
 * replies, the discernment posts and their explanations, the interface, and the debrief texts.
 * `ui` is the interface text per language (src/i18n/locales).
 */
export function textGroups(
  content: LoadedContent,
  ui: Readonly<Record<Language, unknown>>,
): TextGroup[] {
  const stories = content.scenarios.map((s) =>
    group(
      `story: ${s.scenario.id}`,
      perLanguage((lang) => textsOf(s.locales[lang], () => true)),
    ),
  );
  const catalogue = MEASURED_TECHNIQUE_FIELDS.map((field) =>
    group(
      `catalogue: ${field}`,
      perLanguage((lang) =>
        textsOf(content.catalogueLocales[lang], (key) =>
          new RegExp(`^techniques\\.[^.]+\\.${field}$`).test(key),
        ),
      ),
    ),
  );
  const replies = group(
    'catalogue: residents’ replies',
    perLanguage((lang) =>
      textsOf(content.catalogueLocales[lang], (key) => key.startsWith('replies.')),
    ),
  );
  const { locales: items } = content.discernment;
  const discernment = [
    group(
      'discernment: posts',
      perLanguage((lang) => textsOf(items[lang], (key) => key.endsWith('.text'))),
    ),
    group(
      'discernment: explanations',
      perLanguage((lang) => textsOf(items[lang], (key) => key.endsWith('.explanation'))),
    ),
  ];
  const isDebrief = (key: string): boolean => DEBRIEF_PREFIXES.some((p) => key.startsWith(p));
  const screens = [
    group(
      'interface',
      perLanguage((lang) => textsOf(ui[lang], (key) => !isDebrief(key))),
    ),
    group(
      'debrief and defender round',
      perLanguage((lang) => textsOf(ui[lang], isDebrief)),
    ),
  ];
  return [...stories, ...catalogue, replies, ...discernment, ...screens];
}

/**
 * Groups that miss a B1 target in one language, as readable lines (empty when all pass). The
 * English text is held to the same figures (Flesch Reading Ease 60+, 15 words a sentence).
 * @internal The B1 gate in readability-groups.test.ts reads it; nothing shipped does.
 */
export function shortfalls(groups: readonly TextGroup[], lang: Language): string[] {
  const score = lang === 'nl' ? 'Flesch–Douma' : 'Flesch';
  return groups.flatMap(({ group: name, readability }) => {
    const r = readability[lang];
    return [
      ...(r.readingEase < MIN_READING_EASE
        ? [`${name}: ${score} ${String(r.readingEase)} (needs ${String(MIN_READING_EASE)}+)`]
        : []),
      ...(r.wordsPerSentence > MAX_WORDS_PER_SENTENCE
        ? [
            `${name}: ${r.wordsPerSentence.toFixed(1)} words per sentence (needs ${String(MAX_WORDS_PER_SENTENCE)} or fewer)`,
          ]
        : []),
    ];
  });
}

/**
 * Dutch groups that miss a B1 target, as readable lines (empty when all pass).
 * @internal The B1 gate in readability-groups.test.ts reads it; nothing shipped does.
 */
export function dutchShortfalls(groups: readonly TextGroup[]): string[] {
  return shortfalls(groups, 'nl');
}

/** The groups as a Markdown section for docs/content-stats.md. */
export function textGroupsSection(groups: readonly TextGroup[]): string {
  const row = ({ group: name, readability: r }: TextGroup): string =>
    `| ${name} | ${String(r.nl.words)} | ${r.nl.wordsPerSentence.toFixed(1)} | ${String(r.nl.readingEase)} | ${String(Math.round(r.nl.longSentences * 100))}% | ${r.en.wordsPerSentence.toFixed(1)} | ${String(r.en.readingEase)} | ${String(Math.round(r.en.longSentences * 100))}% |`;
  return [
    '## Every text a player reads',
    '',
    `Target for every Dutch group: Flesch–Douma ${String(MIN_READING_EASE)} or more and at most ${String(MAX_WORDS_PER_SENTENCE)} words per sentence on average; every English group likewise (Flesch Reading Ease). The exact legal wording in a technique's "Precies" line is not counted; the plain law sentence above it is.`,
    '',
    '| group | NL words | NL words/sentence | NL Flesch–Douma | NL sentences > 15 words | EN words/sentence | EN Flesch | EN sentences > 15 words |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...groups.map(row),
  ].join('\n');
}
