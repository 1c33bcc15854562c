import { z } from './zod';

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

const Name = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((name) => !UNSAFE_CHARACTERS.test(name), {
    error: 'no control characters or text-direction marks (such as U+202E) in a name',
  });
const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#0b5cab"');
const RelativePath = z
  .string()
  .regex(
    /^(?!\/)(?!.*\.\.)(?![a-z][a-z0-9+.-]*:)[\w./-]+\.(svg|png|webp|jpg|jpeg)$/i,
    'a file beside index.html, such as "logo.svg" (no address of another site)',
  );

/** Each field with its own schema, so one bad field does not throw away the others. */
const FIELDS = {
  'town.name': Name,
  'town.mayor': Name,
  'town.alderman': Name,
  'town.areas': z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), Name),
  'town.places': z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), Name),
  logo: RelativePath,
  'colours.accent': HexColour,
  scenarios: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).min(1),
  languages: z.array(z.string().regex(LANGUAGE_CODE)).min(1),
  defaultLanguage: z.string().regex(LANGUAGE_CODE),
  mode: z.enum(['solo', 'facilitator', 'kiosk']),
  kioskIdleSeconds: z.number().int().min(15).max(3600),
  boosterUrl: z.url({ protocol: /^https?$/ }),
  accessibilityContact: z.union([z.email().max(120), z.url({ protocol: /^https?$/ }).max(200)], {
    error: 'an e-mail address or an http(s) address of a web page',
  }),
  measures: z.array(z.enum(MEASURES)),
} as const;

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
    const result = FIELDS[field].safeParse(raw);
    if (result.success) return result.data;
    problems.push({
      field,
      problem: `${quoteValue(raw)} is not valid (${result.error.issues[0]?.message ?? 'wrong value'}); the default is used`,
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

/** The whole file's shape, for the generated JSON Schema that editors use (`config.schema.json`). */
export const ConfigFileSchema = z
  .object({
    $schema: z.string(),
    town: z
      .object({
        name: FIELDS['town.name'],
        mayor: FIELDS['town.mayor'],
        alderman: FIELDS['town.alderman'],
        areas: FIELDS['town.areas'].describe(
          'New names for neighbourhoods, by the id in the town profile, e.g. { "lindehof": "Zeezicht" }.',
        ),
        places: FIELDS['town.places'].describe(
          'New names for places (streets, the pool, the square, local media), by the id in the town profile, e.g. { "pool": "Het Havenbad" }.',
        ),
      })
      .partial()
      .strict()
      .describe(
        'Names that appear in every scenario text through {{town}}, {{mayor}}, {{alderman}}, {{area.<id>}} and {{place.<id>}}.',
      ),
    logo: FIELDS.logo.describe('Your logo: an image file placed beside index.html.'),
    colours: z
      .object({ accent: FIELDS['colours.accent'] })
      .partial()
      .strict()
      .describe(
        'accent: the colour of buttons and highlights; needs a contrast of at least 4.5:1 with white.',
      ),
    scenarios: FIELDS.scenarios.describe('Scenario ids to offer, in this order.'),
    languages: FIELDS.languages.describe(
      'Languages to offer, in this order, e.g. ["nl", "en", "fy"]. A language other than nl and en needs locales/<code>.json beside index.html; texts it lacks are shown in Dutch.',
    ),
    defaultLanguage: FIELDS.defaultLanguage,
    mode: FIELDS.mode.describe(
      'The default mode: solo, kiosk (festival stand) or facilitator (group session).',
    ),
    kioskIdleSeconds: FIELDS.kioskIdleSeconds.describe(
      'Kiosk mode: seconds without input before the game resets.',
    ),
    boosterUrl: FIELDS.boosterUrl.describe('A follow-up page the debrief links to.'),
    accessibilityContact: FIELDS.accessibilityContact.describe(
      'Where players report an accessibility problem (shown in the accessibility statement): an e-mail address or a web page.',
    ),
    measures: FIELDS.measures.describe(
      'Resilience measures your municipality has in place, for every story: two_factor, known_letter_style, trusted_spokesperson, prebunking. Techniques they catch backfire in the simulated town.',
    ),
  })
  .partial()
  .strict();
