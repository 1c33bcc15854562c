/**
 * npm run generate:schema — writes the JSON Schema files that scenario, town, index and
 * catalogue files point to with "$schema", from the zod schemas in src/content (the one source),
 * and the locale schemas from the Dutch texts (the interface's and each story's).
 * A test fails when the committed files are out of date.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { schemaFiles } from '../src/tools/json-schemas';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, schema] of Object.entries(schemaFiles())) {
  writeFileSync(path.join(root, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
