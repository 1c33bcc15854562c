/**
 * npm run generate:schema — writes the JSON Schema files that scenario, town, index and
 * catalogue files point to with "$schema", from the zod schemas in src/content (the one source).
 * A test fails when the committed files are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { interfaceLocaleSchema } from '../src/tools/interface-locale-schema';
import { schemaFiles } from '../src/tools/json-schemas';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, schema] of Object.entries(schemaFiles())) {
  writeFileSync(path.join(root, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

// Not committed (it follows every new interface text): for an added language in the source tree.
const dutch = JSON.parse(
  readFileSync(path.join(root, 'src/i18n/locales/nl.json'), 'utf8'),
) as Record<string, unknown>;
writeFileSync(
  path.join(root, 'assets/locale.schema.json'),
  `${JSON.stringify(interfaceLocaleSchema(dutch), null, 2)}\n`,
);
console.log('wrote assets/locale.schema.json');
