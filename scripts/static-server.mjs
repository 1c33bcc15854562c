/**
 * A small static file server for the built game: serves `dir` under a sub-path, on 127.0.0.1
 * only, with the strict Content-Security-Policy the game must run under. Used by `npm start`
 * and the end-to-end tests (which start it in their own process and stop it with close()).
 *
 * Compressed like a real host: a `.br` or `.gz` the build wrote beside a file is sent when the
 * browser accepts it (and it is not older than the file); other text files (scenarios/, config.json)
 * are gzipped on the fly. `compress: false` serves the raw bytes (for measuring).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** Text types worth compressing when there is no precompressed copy. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * The encodings the browser accepts (`br`, `gzip`), from an Accept-Encoding header.
 * @param {string | undefined} header
 */
export function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name.trim() === '' || (q !== undefined && Number(q.slice(2)) === 0)) continue;
    accepted.add(name.trim());
  }
  return accepted;
}

/**
 * The precompressed copy to send for `file`, if the browser accepts it and it is up to date.
 * @param {string} file
 * @param {number} mtimeMs
 * @param {Set<string>} accepted
 */
async function precompressed(file, mtimeMs, accepted) {
  for (const [encoding, ext] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (!accepted.has(encoding)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile() && info.mtimeMs >= mtimeMs) return { encoding, file: file + ext };
  }
  return null;
}

/**
 * @param {{ dir: string, port?: number, base?: string, csp?: string | null, compress?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  dir,
  port = 0,
  base = '/',
  csp = STRICT_CSP,
  compress = true,
}) {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(
        url.pathname === '/' ? 302 : 404,
        url.pathname === '/' ? { location: prefix } : {},
      );
      response.end();
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.join(root, relative);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? path.join(file, 'index.html') : file;
      const targetInfo = target === file ? info : await stat(target);
      const extension = path.extname(target);
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (csp) headers['content-security-policy'] = csp;
      const accepted = compress ? acceptedEncodings(request.headers['accept-encoding']) : new Set();
      if (compress && COMPRESSIBLE.has(extension)) headers['vary'] = 'Accept-Encoding';
      const ready = await precompressed(target, targetInfo.mtimeMs, accepted);
      if (ready) {
        headers['content-encoding'] = ready.encoding;
        response.writeHead(200, headers);
        createReadStream(ready.file).pipe(response);
      } else if (COMPRESSIBLE.has(extension) && (accepted.has('br') || accepted.has('gzip'))) {
        const encoding = accepted.has('gzip') ? 'gzip' : 'br';
        headers['content-encoding'] = encoding;
        response.writeHead(200, headers);
        createReadStream(target)
          .pipe(encoding === 'gzip' ? createGzip() : createBrotliCompress())
          .pipe(response);
      } else {
        response.writeHead(200, headers);
        createReadStream(target).pipe(response);
      }
    } catch {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${relative}`);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
