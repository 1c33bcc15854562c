import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { interfaceLocaleSchema } from '../src/tools/interface-locale-schema';
import { schemaFiles, textFolders } from '../src/tools/json-schemas';

const root = path.resolve(import.meta.dirname, '..');

describe('generated JSON Schema files', () => {
  it.each(Object.entries(schemaFiles()))(
    '%s is up to date (run "npm run generate:schema")',
    (file, schema) => {
      expect(JSON.parse(readFileSync(path.join(root, file), 'utf8'))).toEqual(schema);
    },
  );

  it('every shipped scenario points its editor at the schema', () => {
    const index = JSON.parse(readFileSync(path.join(root, 'scenarios/index.json'), 'utf8')) as {
      scenarios: string[];
    };
    for (const id of index.scenarios) {
      const scenario = JSON.parse(
        readFileSync(path.join(root, `scenarios/${id}/scenario.json`), 'utf8'),
      ) as { $schema?: string };
      expect(scenario.$schema).toBe('../scenario.schema.json');
    }
  });
});

type SchemaNode = {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: { enum?: string[]; enumDescriptions?: string[] };
  additionalProperties?: unknown;
};

/** The keys of `tree` that the interface schema does not allow (a small walk, no validator). */
function unknownKeys(tree: Record<string, unknown>, schema: SchemaNode, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const rule = schema.properties?.[key];
    if (rule === undefined) return [`${prefix}${key}`];
    if (typeof value === 'string') return rule.type === 'string' ? [] : [`${prefix}${key}`];
    if (Array.isArray(value)) return rule.type === 'array' ? [] : [`${prefix}${key}`];
    if (rule.type === 'object' && rule.properties === undefined) return []; // free keys
    return unknownKeys(value as Record<string, unknown>, rule, `${prefix}${key}.`);
  });
}

describe('locale schemas and the technique list', () => {
  const files = schemaFiles();
  const read = (file: string): Record<string, unknown> =>
    JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

  it("the scenario schema lists exactly the catalogue's technique ids, each with its Dutch name", () => {
    const catalogue = read('scenarios/techniques/catalogue.json') as {
      techniques: { id: string }[];
    };
    const ids = catalogue.techniques.map((t) => t.id);
    const text = JSON.stringify(files['scenarios/scenario.schema.json']);
    const lists = [...text.matchAll(/"techniques":(\{"description".*?\}\})/g)].map(
      (m) => JSON.parse(m[1] ?? '{}') as SchemaNode,
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.items?.enum).toEqual(ids);
      expect(list.items?.enumDescriptions).toHaveLength(ids.length);
      for (const name of list.items?.enumDescriptions ?? []) expect(name.length).toBeGreaterThan(5);
    }
  });

  it('the interface schema allows every key of the English file and refuses a misspelt one', () => {
    const schema = interfaceLocaleSchema(read('src/i18n/locales/nl.json')) as SchemaNode;
    expect(unknownKeys(read('src/i18n/locales/en.json'), schema)).toEqual([]);
    expect(unknownKeys({ title: { choise: 'x' } }, schema)).toEqual(['title.choise']);
    // Plural forms of other languages (Arabic has six) are allowed beside Dutch's _one/_other.
    const notice = schema.properties?.notice?.properties ?? {};
    expect(Object.keys(notice)).toEqual(
      expect.arrayContaining(['unknownParameter_few', 'unknownParameter_many']),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('the story-text schema describes nested texts and lets a file name its schema', () => {
    const schema = files['scenarios/locale.schema.json'] as SchemaNode & {
      propertyNames: { pattern: string };
    };
    const pattern = new RegExp(schema.propertyNames.pattern);
    expect(pattern.test('$schema')).toBe(true);
    expect(pattern.test('nodes')).toBe(true);
    expect(pattern.test('nodes.start')).toBe(false);
    for (const id of ['marktplein', 'zwembad'])
      for (const key of Object.keys(read(`scenarios/${id}/locales/nl.json`)))
        expect(pattern.test(key), key).toBe(true);
  });
});

describe('every shipped locale file names a schema that knows its keys', () => {
  const read = (file: string): Record<string, unknown> =>
    JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
  const files = schemaFiles();

  it('the interface files point at the committed assets/locale.schema.json', () => {
    expect(files['assets/locale.schema.json']).toBeDefined();
    for (const lang of ['nl', 'en'])
      expect(read(`src/i18n/locales/${lang}.json`).$schema).toBe(
        '../../../assets/locale.schema.json',
      );
    // "$schema" is not a text the schema asks a translator for.
    const schema = files['assets/locale.schema.json'] as SchemaNode;
    expect(schema.properties?.$schema).toEqual({ type: 'string' });
  });

  it.each(textFolders())(
    "scenarios/%s: its own schema, with that folder's keys, named by each of its locale files",
    (folder) => {
      const schema = files[`scenarios/${folder}/locale.schema.json`] as SchemaNode | undefined;
      expect(schema, 'run npm run generate:schema').toBeDefined();
      for (const lang of ['nl', 'en']) {
        const tree = read(`scenarios/${folder}/locales/${lang}.json`);
        expect(tree.$schema, lang).toBe('../locale.schema.json');
        expect(unknownKeys(tree, schema ?? {}), lang).toEqual([]);
      }
      // A misspelt key is underlined.
      expect(unknownKeys({ titel: 'x' }, schema ?? {})).toEqual(['titel']);
    },
  );

  it("a story's schema lists its own keys with the Dutch text", () => {
    const schema = files['scenarios/zwembad/locale.schema.json'] as SchemaNode & {
      properties: { title: { description: string } };
    };
    expect(schema.properties.title.description).toBe(
      `Dutch: ${String(read('scenarios/zwembad/locales/nl.json').title)}`,
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
