import { z } from '../content/zod';

import { CatalogueSchema } from '../content/catalogue-schema';
import { ConfigFileSchema } from '../content/config-schema';
import { DiscernmentSchema } from '../content/discernment-schema';
import { IndexSchema } from '../content/index-schema';
import { ScenarioSchema } from '../content/schema';
import { TownSchema } from '../content/town-schema';

/** The JSON Schema files generated from the zod schemas, by path relative to the project root. */
export function schemaFiles(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string): unknown => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'scenarios/scenario.schema.json': make(ScenarioSchema, 'Geruchtenmolen scenario (format 1)'),
    'scenarios/town.schema.json': make(TownSchema, 'Geruchtenmolen town profile (format 1)'),
    'scenarios/index.schema.json': make(IndexSchema, 'Geruchtenmolen scenario list (format 1)'),
    'scenarios/catalogue.schema.json': make(
      CatalogueSchema,
      'Geruchtenmolen tactic catalogue (format 1)',
    ),
    'assets/config.schema.json': make(ConfigFileSchema, 'Geruchtenmolen config.json'),
    'scenarios/discernment.schema.json': make(
      DiscernmentSchema,
      'Geruchtenmolen discernment check (format 1)',
    ),
  };
}
