import { z } from './zod';

import {
  COLOUR_MESSAGE,
  CONFIG_ID,
  CONTACT_MESSAGE,
  HEX_COLOUR,
  IMAGE_MESSAGE,
  MODES,
  NAME_SAFE_MESSAGE,
  RELATIVE_IMAGE,
} from './config';
import { LANGUAGE_CODE } from './locales';
import { MEASURES } from './simulation-vocabulary';
import { UNSAFE_CHARACTERS } from './text-safety';

/**
 * config.json's rules in zod, for the generated JSON Schema (`assets/config.schema.json`) that
 * editors use. The game checks the file with the hand-written checks in config.ts (no zod in the
 * first script); `config-schema.test.ts` holds the two to the same verdicts.
 */
const Name = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((name) => !UNSAFE_CHARACTERS.test(name), { error: NAME_SAFE_MESSAGE });

/** Each field, as in config.ts's FIELDS. */
export const CONFIG_FIELD_SCHEMAS = {
  'town.name': Name,
  'town.mayor': Name,
  'town.alderman': Name,
  'town.areas': z.record(z.string().regex(CONFIG_ID), Name),
  'town.places': z.record(z.string().regex(CONFIG_ID), Name),
  logo: z.string().regex(RELATIVE_IMAGE, IMAGE_MESSAGE),
  'colours.accent': z.string().regex(HEX_COLOUR, COLOUR_MESSAGE),
  scenarios: z.array(z.string().regex(CONFIG_ID)).min(1),
  languages: z.array(z.string().regex(LANGUAGE_CODE)).min(1),
  defaultLanguage: z.string().regex(LANGUAGE_CODE),
  mode: z.enum(MODES),
  kioskIdleSeconds: z.number().int().min(15).max(3600),
  boosterUrl: z.url({ protocol: /^https?$/ }),
  accessibilityContact: z.union([z.email().max(120), z.url({ protocol: /^https?$/ }).max(200)], {
    error: CONTACT_MESSAGE,
  }),
  measures: z.array(z.enum(MEASURES)),
} as const;

const FIELDS = CONFIG_FIELD_SCHEMAS;

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
