import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The end-to-end tests drive the production build in dist/. `npm test` builds it first; when
 * the e2e project is run on its own, say clearly what is missing instead of failing 30 times.
 */
export default function setup(): void {
  const index = fileURLToPath(new URL('../../dist/index.html', import.meta.url));
  if (!existsSync(index)) {
    throw new Error(
      `The end-to-end tests need the built game, but ${index} does not exist: run npm run build first ` +
        '(npm test does this for you).',
    );
  }
  if (!existsSync('/usr/bin/chromium') && process.env.E2E_CHROMIUM === undefined) {
    throw new Error(
      'The end-to-end tests need Chromium at /usr/bin/chromium (or set E2E_CHROMIUM to its path).',
    );
  }
}
