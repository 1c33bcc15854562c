/**
 * JSON Schemas of locale files made from the Dutch one: the interface file (locales/<code>.json
 * beside index.html; committed as assets/locale.schema.json and written by the build beside
 * index.html) and each story's texts (scenarios/<id>/locale.schema.json).
 * Dependency-free, because vite.config.ts imports it.
 */
export const SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The keys of a Dutch locale file as a JSON Schema object: every key with its Dutch text as the
 * description, every plural form a language may need (_zero … _other), nothing else allowed
 * (an editor underlines a misspelt key) except under the top-level keys in `open`. No key is
 * required: what a language lacks is shown in Dutch. "$schema" itself is not a text.
 */
export function localeSchemaFrom(
  dutch: Record<string, unknown>,
  meta: { readonly title: string; readonly description: string },
  open: readonly string[] = [],
): unknown {
  const objectOf = (tree: Record<string, unknown>, top: boolean): Record<string, unknown> => {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(tree)) {
      if (top && key === '$schema') continue;
      const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
      if (plural !== null) {
        for (const form of PLURAL_FORMS)
          properties[`${plural[1] ?? ''}_${form}`] = {
            type: 'string',
            description: `${form} (plural form). Dutch: ${String(tree[`${plural[1] ?? ''}_other`] ?? value)}`,
          };
      } else if (typeof value === 'string') {
        properties[key] = { type: 'string', description: `Dutch: ${value}` };
      } else if (Array.isArray(value)) {
        properties[key] = {
          type: 'array',
          description: 'A list, in the same shape as the Dutch file.',
        };
      } else if (top && open.includes(key)) {
        properties[key] = { type: 'object', description: `Free keys, as in the Dutch file.` };
      } else if (typeof value === 'object' && value !== null) {
        properties[key] = objectOf(value as Record<string, unknown>, false);
      }
    }
    return { type: 'object', properties, additionalProperties: false };
  };
  const top = objectOf(dutch, true) as { properties: Record<string, unknown> };
  return {
    $schema: SCHEMA_DRAFT,
    ...meta,
    ...top,
    properties: { $schema: { type: 'string' }, ...top.properties },
  };
}

/** An interface file (locales/<code>.json beside index.html), from the Dutch one. */
export function interfaceLocaleSchema(dutch: Record<string, unknown>): unknown {
  return localeSchemaFrom(dutch, {
    title: 'Geruchtenmolen interface texts (locales/<code>.json beside index.html)',
    description:
      'The texts of the game itself in one language, with the same keys as the Dutch file. Leave out what is not translated yet: the game shows it in Dutch.',
  });
}
