/**
 * The JSON Schema of an interface file (locales/<code>.json beside index.html), made from the
 * Dutch one. Not committed: it follows every new interface text, so the build writes it beside
 * index.html (vite.config.ts) and `npm run generate:schema` into assets/ (ignored by git).
 * Dependency-free, because vite.config.ts imports it.
 */
export const SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * An interface file (locales/<code>.json beside index.html) from the Dutch one: every key, its
 * Dutch text as the description, every plural form a language may need (_zero … _other). No key
 * is required: what a language lacks is shown in Dutch.
 */
export function interfaceLocaleSchema(dutch: Record<string, unknown>): unknown {
  const objectOf = (tree: Record<string, unknown>): Record<string, unknown> => {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(tree)) {
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
      } else if (typeof value === 'object' && value !== null) {
        properties[key] = objectOf(value as Record<string, unknown>);
      }
    }
    return { type: 'object', properties, additionalProperties: false };
  };
  const top = objectOf(dutch) as { properties: Record<string, unknown> };
  return {
    $schema: SCHEMA_DRAFT,
    title: 'Geruchtenmolen interface texts (locales/<code>.json beside index.html)',
    description:
      'The texts of the game itself in one language, with the same keys as the Dutch file. Leave out what is not translated yet: the game shows it in Dutch.',
    ...top,
    properties: { $schema: { type: 'string' }, ...top.properties },
  };
}
