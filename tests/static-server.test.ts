import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { acceptedEncodings, startStaticServer } from '../scripts/static-server.mjs';

/** npm start / npm run serve send the build compressed, the way a real host would. */
describe('static server compression', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  const code = 'export const answer = 42;\n'.repeat(200);
  const json = JSON.stringify({ scenarios: Array.from({ length: 100 }, (_, i) => `s${i}`) });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
    await writeFile(path.join(dir, 'app.js'), code);
    await writeFile(path.join(dir, 'app.js.br'), brotliCompressSync(code));
    await writeFile(path.join(dir, 'app.js.gz'), gzipSync(code));
    await writeFile(path.join(dir, 'index.json'), json);
    await writeFile(path.join(dir, 'edited.json'), json);
    await writeFile(path.join(dir, 'edited.json.gz'), gzipSync('{"old":true}'));
    // The file was edited after the build wrote its .gz: the stale copy must not be sent.
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(dir, 'edited.json'), later, later);
    server = await startStaticServer({ dir, base: '/spel/' });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (file: string, acceptEncoding: string) => {
    const response = await fetch(server.url + file, {
      headers: { 'accept-encoding': acceptEncoding },
    });
    return { encoding: response.headers.get('content-encoding'), body: await response.text() };
  };

  it('sends the brotli copy to a browser that accepts it, gzip to one that only takes gzip', async () => {
    expect(await get('app.js', 'gzip, deflate, br')).toEqual({ encoding: 'br', body: code });
    expect(await get('app.js', 'gzip')).toEqual({ encoding: 'gzip', body: code });
  });

  it('sends the raw file when the browser accepts no compression', async () => {
    expect(await get('app.js', 'identity')).toEqual({ encoding: null, body: code });
    expect(await get('app.js', 'br;q=0, gzip;q=0')).toEqual({ encoding: null, body: code });
  });

  it('compresses content files on the fly and never sends a stale compressed copy', async () => {
    expect(await get('index.json', 'gzip, br')).toEqual({ encoding: 'gzip', body: json });
    expect((await get('edited.json', 'gzip')).body).toBe(json);
  });

  it('can serve raw bytes for measuring', async () => {
    const raw = await startStaticServer({ dir, compress: false });
    try {
      const response = await fetch(`${raw.url}app.js`, { headers: { 'accept-encoding': 'br' } });
      expect(response.headers.get('content-encoding')).toBeNull();
    } finally {
      await raw.close();
    }
  });

  it('reads Accept-Encoding with weights', () => {
    expect([...acceptedEncodings('gzip;q=0.8, br')]).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0').has('br')).toBe(false);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
