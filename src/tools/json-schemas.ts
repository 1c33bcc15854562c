import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from '../content/zod';

import { CatalogueSchema } from '../content/catalogue-schema';
import { ConfigFileSchema } from '../content/config-schema';
import { DiscernmentSchema } from '../content/discernment-schema';
import { IndexSchema } from '../content/index-schema';
import { ScenarioSchema } from '../content/schema';
import { TownSchema } from '../content/town-schema';
import {
  interfaceLocaleSchema,
  localeSchemaFrom,
  SCHEMA_DRAFT,
} from './interface-locale-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

/** The JSON Schema files generated from the zod schemas, by path relative to the project root. */
export function schemaFiles(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string): unknown => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'scenarios/scenario.schema.json': withTechniqueIds(
      make(ScenarioSchema, 'Geruchtenmolen scenario (format 1)'),
    ),
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
    'scenarios/locale.schema.json': contentLocaleSchema(),
    'assets/locale.schema.json': interfaceLocaleSchema(
      readJson('src/i18n/locales/nl.json') as Record<string, unknown>,
    ),
    ...Object.fromEntries(
      textFolders().map((folder) => [
        `scenarios/${folder}/locale.schema.json`,
        folderLocaleSchema(folder),
      ]),
    ),
  };
}

/** The folders under scenarios/ with texts of their own (stories, techniques, discernment). */
export function textFolders(): string[] {
  return readdirSync(path.join(root, 'scenarios'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => existsSync(path.join(root, 'scenarios', name, 'locales/nl.json')))
    .sort();
}

/**
 * The texts of one folder (a story, the catalogue, the discernment check), from its Dutch file:
 * an editor completes that story's own keys and underlines a misspelt one. Reply templates
 * ("replies") stay open: a story may override any of the catalogue's.
 */
function folderLocaleSchema(folder: string): unknown {
  const dutch = readJson(`scenarios/${folder}/locales/nl.json`) as Record<string, unknown>;
  return localeSchemaFrom(
    dutch,
    {
      title: `Geruchtenmolen texts of scenarios/${folder} (locales/<lang>.json)`,
      description: `The texts of scenarios/${folder} in one language, with the keys of its Dutch file ("$schema": "../locale.schema.json"). Leave out what is not translated yet: the game shows it in Dutch. Texts may use {{town}}, {{mayor}}, {{alderman}}, {{area.<id>}} and {{place.<id>}}.`,
    },
    ['replies'],
  );
}

/** The technique ids of the shipped catalogue, with their Dutch names, in catalogue order. */
export function catalogueTechniques(): { id: string; name: string }[] {
  const catalogue = readJson('scenarios/techniques/catalogue.json') as {
    techniques: { id: string }[];
  };
  const texts = readJson('scenarios/techniques/locales/nl.json') as {
    techniques: Record<string, { name?: string; definition?: string }>;
  };
  return catalogue.techniques.map(({ id }) => {
    const t = texts.techniques[id];
    return { id, name: [t?.name, t?.definition].filter(Boolean).join(': ') };
  });
}

/**
 * A move's "techniques" as a list of the catalogue's ids, each with its name (shown by editors
 * that read enumDescriptions, such as VS Code), so an editor completes them. The checker still
 * accepts a technique added to the catalogue later (SCN011 names the ids it knows).
 */
function withTechniqueIds(schema: unknown): unknown {
  const techniques = catalogueTechniques();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const property = value as { type?: unknown; description?: unknown } | undefined;
      out[key] =
        key === 'techniques' && property?.type === 'array'
          ? {
              description: property.description,
              type: 'array',
              items: {
                type: 'string',
                enum: techniques.map((t) => t.id),
                enumDescriptions: techniques.map((t) => t.name),
              },
            }
          : visit(value);
    }
    return out;
  };
  return visit(schema);
}

/** A scenario's, the catalogue's or the discernment check's locales/<lang>.json: nested texts. */
function contentLocaleSchema(): unknown {
  return {
    $schema: SCHEMA_DRAFT,
    title: 'Geruchtenmolen story texts (locales/<lang>.json)',
    description:
      'The texts of one language: keys as scenario.json names them ("nodes.start.text" is { "nodes": { "start": { "text": "…" } } }). Texts may use {{town}}, {{mayor}}, {{alderman}}, {{area.<id>}} and {{place.<id>}}.',
    type: 'object',
    properties: { $schema: { type: 'string' } },
    propertyNames: { pattern: '^(\\$schema|[A-Za-z0-9_]+)$' },
    additionalProperties: { $ref: '#/$defs/value' },
    $defs: {
      value: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
          {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9_]+$' },
            additionalProperties: { $ref: '#/$defs/value' },
          },
        ],
      },
    },
  };
}
