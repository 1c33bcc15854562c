import { decodeUtf8, type FileContent } from './decode-text';
import { JsonSyntaxError, parseJsonWithPositions } from './json-with-positions';
import { LANGUAGE_CODE } from './locales';
import { MEASURES, type Measure } from './simulation-vocabulary';
import { quoteValue, shortValue, UNSAFE_CHARACTERS } from './text-safety';

/**
 * `config.json` beside index.html: how a municipality adapts the game without touching code.
 * Every field is optional. A bad field never breaks the game: it falls back to the default and
 * the problem is reported (console and a visible notice for the operator).
 */
export const CONFIG_FILE = 'config.json';

export interface GameConfig {
  readonly town: {
    readonly name?: string;
    readonly mayor?: string;
    readonly alderman?: string;
    /** New names for neighbourhoods, by id ({{area.<id>}} in the texts, and the map). */
    readonly areas?: Readonly<Record<string, string>>;
    /** New names for the town profile's places, by id ({{place.<id>}} in the texts). */
    readonly places?: Readonly<Record<string, string>>;
  };
  /** A path relative to index.html, e.g. "logo.svg". */
  readonly logo?: string;
  readonly colours: { readonly accent?: string };
  /** Scenario ids to offer, in this order; all shipped scenarios when absent. */
  readonly scenarios?: readonly string[];
  readonly languages?: readonly string[];
  readonly defaultLanguage?: string;
  readonly mode?: string;
  readonly kioskIdleSeconds: number;
  readonly boosterUrl?: string;
  /** Where players report an accessibility problem: an e-mail address or a web page (the statement shows it). */
  readonly accessibilityContact?: string;
  /** Resilience measures this municipality has in place; added to every scenario's own. */
  readonly measures?: readonly Measure[];
}

export const DEFAULT_CONFIG: GameConfig = { town: {}, colours: {}, kioskIdleSeconds: 90 };

/** A config problem, for the operator: which field, what was wrong, what is used instead. */
export interface ConfigProblem {
  readonly field: string;
  /** In English, for the console and the checker. */
  readonly problem: string;
  /**
   * The same for the player's notice, in their language: a key under `notice.configProblem.` of
   * the interface text, with its values (the view adds `field`).
   */
  readonly notice: {
    readonly key: string;
    readonly values?: Readonly<Record<string, string | number>>;
  };
}

/** A field's name as an i18n key ("town.name" → "town_name": a dot would nest). */
export const fieldKey = (field: string): string => field.replace(/\./g, '_');

/**
 * One setting's check: the value to use, or why it is not valid. Written by hand, not with zod, so
 * the first script the page loads stays small (the title needs the config); `config-schema.ts`
 * describes the same rules in zod for the JSON Schema editors use, and a test holds the two together.
 */
type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

const pass = (value: unknown) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

/** Patterns shared with config-schema.ts. */
export const CONFIG_ID = /^[a-z][a-z0-9_]*$/;
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const RELATIVE_IMAGE =
  /^(?!\/)(?!.*\.\.)(?![a-z][a-z0-9+.-]*:)[\w./-]+\.(svg|png|webp|jpg|jpeg)$/i;
/** The e-mail pattern zod's z.email() uses. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
export const NAME_SAFE_MESSAGE =
  'no control characters or text-direction marks (such as U+202E) in a name';
export const COLOUR_MESSAGE = 'a colour like "#0b5cab"';
export const IMAGE_MESSAGE =
  'a file beside index.html, such as "logo.svg" (no address of another site)';
export const CONTACT_MESSAGE = 'an e-mail address or an http(s) address of a web page';
export const MODES = ['solo', 'facilitator', 'kiosk'] as const;

const text =
  (pattern: RegExp, message: string): Check =>
  (value) =>
    typeof value !== 'string'
      ? fail('expected text')
      : pattern.test(value)
        ? pass(value)
        : fail(message);

const name: Check = (value) => {
  if (typeof value !== 'string') return fail('expected text');
  const trimmed = value.trim();
  if (trimmed.length < 1) return fail('too short: a name needs at least 1 character');
  if (trimmed.length > 60) return fail('too long: a name has at most 60 characters');
  return UNSAFE_CHARACTERS.test(trimmed) ? fail(NAME_SAFE_MESSAGE) : pass(trimmed);
};

const oneOf =
  (options: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && options.includes(value)
      ? pass(value)
      : fail(`expected one of ${options.map((o) => `"${o}"`).join('|')}`);

const list =
  (item: Check, min: number): Check =>
  (value) => {
    if (!Array.isArray(value)) return fail('expected a list [ … ]');
    if (value.length < min) return fail(`too short: at least ${String(min)} item(s)`);
    const out: unknown[] = [];
    for (const v of value as unknown[]) {
      const r = item(v);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return pass(out);
  };

/** Names by id: { "lindehof": "Zeezicht" }. */
const namesById: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected an object { "id": "name" }');
  const out: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!CONFIG_ID.test(key)) return fail(`invalid key ${quoteValue(key)}`);
    const r = name(v);
    if (!r.ok) return r;
    out.push([key, r.value]);
  }
  return pass(Object.fromEntries(out));
};

/**
 * An http(s) address with a host. A pattern, not `new URL()`: this file also runs in the Node
 * checker's pure build, which has no URL global.
 */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

const webAddress =
  (max: number): Check =>
  (value) => {
    if (typeof value !== 'string') return fail('expected text');
    if (value.length > max) return fail(`too long: at most ${String(max)} characters`);
    return WEB_ADDRESS.test(value.trim()) ? pass(value) : fail('invalid URL');
  };

const email: Check = (value) =>
  typeof value === 'string' && value.length <= 120 && EMAIL.test(value)
    ? pass(value)
    : fail('invalid email address');

const wholeNumber =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? pass(value)
      : fail(`expected a whole number from ${String(min)} to ${String(max)}`);

/** Each field with its own check, so one bad field does not throw away the others. */
const FIELDS = {
  'town.name': name,
  'town.mayor': name,
  'town.alderman': name,
  'town.areas': namesById,
  'town.places': namesById,
  logo: text(RELATIVE_IMAGE, IMAGE_MESSAGE),
  'colours.accent': text(HEX_COLOUR, COLOUR_MESSAGE),
  scenarios: list(text(CONFIG_ID, 'a scenario id such as "zwembad"'), 1),
  languages: list(text(LANGUAGE_CODE, 'a language code such as "nl" or "fy"'), 1),
  defaultLanguage: text(LANGUAGE_CODE, 'a language code such as "nl" or "fy"'),
  mode: oneOf(MODES),
  kioskIdleSeconds: wholeNumber(15, 3600),
  boosterUrl: webAddress(Infinity),
  accessibilityContact: (value) => {
    const r = email(value);
    return r.ok || webAddress(200)(value).ok ? pass(value) : fail(CONTACT_MESSAGE);
  },
  measures: list(oneOf(MEASURES), 0),
} as const satisfies Record<string, Check>;

type Field = keyof typeof FIELDS;

/** Reads config.json (null when the file is absent). Never throws. */
export function parseConfig(content: FileContent | null): {
  readonly config: GameConfig;
  readonly problems: readonly ConfigProblem[];
} {
  if (content === null) return { config: DEFAULT_CONFIG, problems: [] };
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    return {
      config: DEFAULT_CONFIG,
      problems: [
        {
          field: '(file)',
          problem: `not UTF-8 text at line ${String(line)}, column ${String(column)}; save it as UTF-8`,
          notice: { key: 'notUtf8', values: { line, column } },
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = parseJsonWithPositions(decoded.text).value;
  } catch (error) {
    const { line, column } =
      error instanceof JsonSyntaxError ? error.position : { line: 1, column: 1 };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      config: DEFAULT_CONFIG,
      problems: [
        {
          field: '(file)',
          problem: `not valid JSON at line ${String(line)}, column ${String(column)} (${detail})`,
          notice: { key: 'notJson', values: { line, column } },
        },
      ],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      config: DEFAULT_CONFIG,
      problems: [
        {
          field: '(file)',
          problem: 'it must be a JSON object { … }',
          notice: { key: 'notObject' },
        },
      ],
    };
  }
  const problems: ConfigProblem[] = [];
  const read = (field: Field): unknown => {
    const raw = field
      .split('.')
      .reduce<unknown>(
        (v, k) =>
          typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined,
        value,
      );
    if (raw === undefined) return undefined;
    const result = FIELDS[field](raw);
    if (result.ok) return result.value;
    problems.push({
      field,
      problem: `${quoteValue(raw)} is not valid (${result.message}); the default is used`,
      notice: { key: `invalid.${fieldKey(field)}`, values: { value: quoteValue(raw) } },
    });
    return undefined;
  };
  const known = new Set([
    '$schema',
    'town',
    'colours',
    ...Object.keys(FIELDS).filter((f) => !f.includes('.')),
  ]);
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    // One problem for all of them: a file with 800 stray keys gives one notice, not 800.
    const names = unknown
      .slice(0, 5)
      .map(shortValue)
      .join(', ')
      .concat(unknown.length > 5 ? `, … (${String(unknown.length)})` : '');
    problems.push({
      field: names,
      problem: `${unknown.length === 1 ? 'is not a setting' : 'are not settings'} this game knows; ignored (check the spelling against docs/configuration.md)`,
      notice: { key: 'unknownKeys', values: { names, count: unknown.length } },
    });
  }
  const str = (field: Field): string | undefined => read(field) as string | undefined;
  const config: GameConfig = {
    town: dropUndefined({
      name: str('town.name'),
      mayor: str('town.mayor'),
      alderman: str('town.alderman'),
      areas: read('town.areas') as Record<string, string> | undefined,
      places: read('town.places') as Record<string, string> | undefined,
    }),
    colours: dropUndefined({ accent: str('colours.accent') }),
    kioskIdleSeconds:
      (read('kioskIdleSeconds') as number | undefined) ?? DEFAULT_CONFIG.kioskIdleSeconds,
    ...dropUndefined({
      logo: str('logo'),
      scenarios: read('scenarios') as string[] | undefined,
      languages: read('languages') as string[] | undefined,
      defaultLanguage: str('defaultLanguage'),
      mode: str('mode'),
      boosterUrl: str('boosterUrl'),
      accessibilityContact: str('accessibilityContact'),
      measures: read('measures') as Measure[] | undefined,
    }),
  };
  return { config, problems };
}

function dropUndefined<T extends Record<string, unknown>>(
  object: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
