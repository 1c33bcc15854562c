import { z } from './zod';

import { MEASURES } from './simulation-vocabulary';

const Rate = z.number().min(0).max(1);

/**
 * The simulation's named parameters a scenario may tune. Defaults and the reasoning behind them
 * are in `src/engine/sim/params.ts` and `docs/simulation.md`.
 */
export const SimParamsSchema = z
  .object({
    ticksPerMove: z
      .number()
      .int()
      .min(1)
      .max(12)
      .describe('Rounds of passing-on between two moves.'),
    believeRate: Rate.describe('Base chance that a resident who sees the rumour believes it.'),
    shareRate: Rate.describe('Base chance that a new believer passes it on.'),
    doubtRate: Rate.describe(
      'Base chance that a resident who does not believe it starts to doubt it openly.',
    ),
    emotionWeight: z
      .number()
      .min(0)
      .max(5)
      .describe('How much an emotional post adds to its pull on susceptible residents.'),
    broadcastReach: z
      .number()
      .int()
      .min(0)
      .max(50)
      .describe('Strangers an algorithmic feed (microblog, news) shows each share to.'),
    pushSeeds: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'Share of residents put in front of a post per point of a move\'s "reach" effect (ads, bots).',
      ),
    correctionStrength: Rate.describe(
      'Chance that a correction by the municipality convinces a believer who trusts it fully.',
    ),
    factcheckStrength: Rate.describe(
      "Chance that a journalist's fact-check convinces a believer who is not very susceptible.",
    ),
    moderationFactor: Rate.describe(
      'What is left of sharing on a feed after moderation (0 = nothing, 1 = no effect).',
    ),
    trustErosion: z
      .number()
      .min(0)
      .max(2)
      .describe(
        'Points of trust in the municipality lost per percent of residents who believe the rumour.',
      ),
  })
  .partial()
  .strict();

export type SimParamsOverride = z.infer<typeof SimParamsSchema>;

export const SimulationSchema = z
  .object({
    measures: z
      .array(z.enum(MEASURES))
      .optional()
      .describe(
        'Resilience measures the municipality has in place in this story, e.g. "known_letter_style".',
      ),
    params: SimParamsSchema.optional(),
    startArea: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .optional()
      .describe(
        'The neighbourhood (its id in the town profile) where the rumour starts: the first post reaches residents there first.',
      ),
  })
  .strict()
  .describe('How the rumour spreads in this story: measures switched on and parameters tuned.');
