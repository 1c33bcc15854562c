import { z } from './zod';

import { SimulationSchema } from './simulation-schema';
import { COUNTER_KINDS, PLATFORMS } from './simulation-vocabulary';

/**
 * The scenario format, declared once. Shape only: what the fields are and what they may hold.
 * Meaning (does `to` name a node, can every path end) is checked by `lint.ts`.
 * `scripts/generate-json-schema.ts` turns this into `scenarios/scenario.schema.json` for editors.
 */
export const SCENARIO_FORMAT = 1;

/** The meters every scenario has. `reach` is driven by the spread model, the rest by effects. */
export const METERS = ['followers', 'credibility', 'reach', 'trust'] as const;
export type MeterId = (typeof METERS)[number];

export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ and start with a letter')
  .describe('An id: lower-case letters, digits and _, for example "fake_letter".');

/** A handle; the town's names may stand in it as variables, filled in lower case ("@gemeente_{{town}}"). */
export const Handle = z
  .string()
  .regex(
    /^@(?:[A-Za-z0-9_]|\{\{(?:town|mayor|alderman|(?:area|place)\.[a-z][a-z0-9_]*)\}\}){1,30}$/,
    'a handle looks like "@gemeente_lindewaard" or "@gemeente_{{town}}"',
  )
  .describe(
    'The account\'s handle, e.g. "@petra_{{area.lindehof}}": variables are filled in lower case without spaces.',
  );

export const TextKey = z
  .string()
  .regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/, 'a text key looks like "nodes.intro.text"')
  .describe(
    'A key into this scenario\'s locales/<lang>.json, for example "nodes.intro.text". Not the text itself.',
  );

const Effects = z
  .record(Id, z.number().int())
  .describe(
    'What a move changes: a meter or variable name, then how much, for example { "reach": 10 }.',
  );

const Bound = z
  .object({
    atLeast: z.number().int().optional(),
    atMost: z.number().int().optional(),
  })
  .strict()
  .refine((b) => b.atLeast !== undefined || b.atMost !== undefined, {
    error: 'give atLeast, atMost or both',
  });

const Requires = z
  .record(Id, Bound)
  .describe('When a move is offered, for example { "credibility": { "atLeast": 40 } }.');

export const PostSchema = z
  .object({
    // Any text here, so a misspelt author (a capital, a typo) gets SCN013 with the list of accounts.
    author: z
      .string()
      .min(1)
      .max(60)
      .describe(
        'The id of an account in this scenario\'s "accounts" or in the town profile\'s "accounts", for example "me".',
      ),
    text: TextKey,
    platform: z
      .enum(PLATFORMS)
      .optional()
      .describe('The feed this post lands on: microblog (default), chat, group or news.'),
    emotion: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'How emotionally charged the post is, 0 (calm) to 1 (furious or frightened). Default: from its techniques.',
      ),
    counter: z
      .enum(COUNTER_KINDS)
      .optional()
      .describe(
        'Set on a post that works against the rumour: a correction, a fact-check or moderation by the platform.',
      ),
  })
  .strict();

export const ChoiceSchema = z
  .object({
    id: Id,
    label: TextKey.describe("Key of the move's text, shown on its button."),
    to: Id.describe('The id of the node this move leads to.'),
    effects: Effects.optional(),
    requires: Requires.optional(),
    techniques: z
      .array(Id)
      .optional()
      .describe('Ids from the tactic catalogue (scenarios/techniques/catalogue.json).'),
    post: PostSchema.optional().describe('The post this move puts in the feed.'),
    short: z
      .boolean()
      .optional()
      .describe(
        'Part of the short route (festival play): where a node has short moves, the short route offers only those.',
      ),
  })
  .strict();

export const EndingSchema = z
  .object({
    title: TextKey,
    kind: z
      .enum(['viral', 'exposed', 'fizzled'])
      .describe('How the campaign ended: it went viral, you were exposed, or it fizzled out.'),
  })
  .strict();

export const NodeSchema = z
  .object({
    id: Id,
    text: TextKey.describe('Key of what the handler tells the player at this step.'),
    feed: z
      .array(PostSchema)
      .optional()
      .describe('Posts that appear when the player arrives here.'),
    prompt: TextKey.optional().describe(
      'Key of a discussion question for a group at this moment (shown to the facilitator).',
    ),
    choices: z.array(ChoiceSchema).optional(),
    ending: EndingSchema.optional(),
  })
  .strict();

export const AccountSchema = z
  .object({
    id: Id,
    name: TextKey.describe('Key of the display name (names can use {{town}} and other variables).'),
    handle: Handle,
  })
  .strict();

export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(SCENARIO_FORMAT).describe('The format version. This is format 1.'),
    id: Id.describe("Must equal the scenario's folder name."),
    town: Id.describe('The town profile in scenarios/towns/<town>.json.'),
    title: TextKey,
    summary: TextKey,
    contentNote: TextKey.optional(),
    realCase: TextKey.optional().describe(
      'Text key of the story\'s own real case ("Echt gebeurd"), shown in the debrief beside the catalogue\'s cases: what happened, where and when, and the public source.',
    ),
    minutes: z.number().int().min(1).max(60).describe('Play time for a first-time player.'),
    goal: z
      .object({
        believing: z
          .number()
          .int()
          .min(1)
          .max(100)
          .describe('Percent of the town that must believe the rumour at some point.'),
      })
      .strict()
      .optional()
      .describe(
        "The player's goal, shown from the first step: make this share of the town believe it. Default 20.",
      ),
    start: Id.describe('The id of the first node.'),
    meters: z
      .object({
        followers: z.number().int().min(0).optional(),
        credibility: z.number().int().min(0).max(100).optional(),
        trust: z.number().int().min(0).max(100).optional(),
      })
      .strict()
      .optional()
      .describe('Starting values of the meters; reach always starts at 0.'),
    variables: z
      .record(Id, z.number().int())
      .optional()
      .describe('Counters of your own with their start value, for example { "suspicion": 0 }.'),
    accounts: z.array(AccountSchema).min(1),
    simulation: SimulationSchema.optional(),
    nodes: z.array(NodeSchema).min(1),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = z.infer<typeof NodeSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Post = z.infer<typeof PostSchema>;
export type EndingKind = z.infer<typeof EndingSchema>['kind'];
