import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { schemaFiles } from '../src/tools/json-schemas';

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
