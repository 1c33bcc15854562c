/**
 * The end-to-end harness: one headless Chromium per test file, the built game served from
 * 127.0.0.1 under a sub-path with the strict Content-Security-Policy, and a record per page of
 * everything that must never happen (CSP violations, console errors, page errors, requests to
 * another origin, dialogs). `expectClean(page)` asserts that record is empty.
 *
 * dist/ is never modified: a test that needs different content copies the build first.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { type BrowserContext, chromium, type Dialog, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** Served under a sub-path, as on a municipal intranet: proves the build uses relative URLs. */
export const SUB_PATH = '/gemeente/spel/';
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export { CHROMIUM_ARGS };

interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}
interface StaticServerModule {
  readonly STRICT_CSP: string;
  startStaticServer(options: {
    dir: string;
    port?: number;
    base?: string;
    csp?: string | null;
  }): Promise<StaticServer>;
}

/** scripts/static-server.mjs is plain JavaScript without types; import it by URL and type it here. */
async function serverModule(): Promise<StaticServerModule> {
  const href = new URL('../../scripts/static-server.mjs', import.meta.url).href;
  return (await import(/* @vite-ignore */ href)) as StaticServerModule;
}

/** A served copy of the game. */
export interface Site {
  /** e.g. http://127.0.0.1:41234/gemeente/spel/ (ends with a slash). */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly source: string;
}

/** Everything a page did that a clean run must not do (dialogs are recorded, judged by tests). */
export interface PageRecord {
  readonly site: Site;
  readonly cspViolations: CspViolation[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly offOriginRequests: string[];
  readonly requests: string[];
  readonly dialogs: { type: string; message: string }[];
  /** How to answer window.confirm (the "clear saved data" button asks first). */
  confirmAnswer: boolean;
}

const records = new WeakMap<Page, PageRecord>();

export function recordOf(page: Page): PageRecord {
  const record = records.get(page);
  if (record === undefined) throw new Error('This page was not opened with Session.newPage().');
  return record;
}

/** Runs in every document before the game: reports CSP violations to the test at once. */
const CSP_LISTENER = `(() => {
  const report = (event) => {
    const send = window.__e2eReportCsp;
    if (typeof send !== 'function') return;
    const sent = send(JSON.stringify({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber,
    }));
    // settle() awaits every report still on its way to the test.
    (window.__e2ePendingReports ??= []).push(sent);
  };
  window.addEventListener('securitypolicyviolation', report, true);
})();`;

/** Is this request allowed? Only the game's own origin, and data:/blob: URLs it made itself. */
export function isOffOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
  return parsed.origin !== origin;
}

/** One browser (per test file), the sites it serves and the temporary copies it made. */
export class Session {
  private readonly cleanups: (() => Promise<void>)[] = [];
  private readonly pages = new Set<Page>();

  private constructor(
    readonly context: BrowserContext,
    private readonly profileDir: string,
  ) {}

  static async start(): Promise<Session> {
    const profileDir = await mkdtemp(path.join(os.tmpdir(), 'geruchtenmolen-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1280, height: 800 },
    });
    // A persistent context opens with one blank page; it is not ours to track.
    for (const page of context.pages()) await page.close();
    return new Session(context, profileDir);
  }

  /** Serves `dir` (default: dist/) under the sub-path, with the strict CSP unless `csp` is null. */
  async serve(dir: string = DIST, options: { csp?: string | null } = {}): Promise<Site> {
    const servers = await serverModule();
    const server = await servers.startStaticServer({
      dir,
      port: 0,
      base: SUB_PATH,
      csp: options.csp === undefined ? servers.STRICT_CSP : options.csp,
    });
    let open = true;
    const close = async (): Promise<void> => {
      if (!open) return;
      open = false;
      await server.close();
    };
    this.cleanups.push(close);
    return { url: server.url, origin: new URL(server.url).origin, close };
  }

  /**
   * Copies dist/ to a temporary folder, lets `edit` change it, and returns the folder.
   * The copy is removed when the session closes.
   */
  async copyBuild(edit: (dir: string) => Promise<void>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'geruchtenmolen-e2e-build-'));
    this.cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(DIST, dir, { recursive: true });
    await edit(dir);
    return dir;
  }

  /**
   * A fresh page that records everything expectClean() checks. Storage of the site's origin is
   * wiped first (pass keepStorage to keep it), so every test starts as a first-time visitor.
   */
  async newPage(site: Site, options: { keepStorage?: boolean } = {}): Promise<Page> {
    const page = await this.context.newPage();
    this.pages.add(page);
    const record: PageRecord = {
      site,
      cspViolations: [],
      consoleErrors: [],
      pageErrors: [],
      offOriginRequests: [],
      requests: [],
      dialogs: [],
      confirmAnswer: false,
    };
    records.set(page, record);
    await page.exposeBinding('__e2eReportCsp', (_source, json: string) => {
      record.cspViolations.push(JSON.parse(json) as CspViolation);
    });
    await page.addInitScript(CSP_LISTENER);
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location();
        record.consoleErrors.push(`${message.text()} (${where.url}:${String(where.lineNumber)})`);
      }
    });
    page.on('pageerror', (error) => record.pageErrors.push(error.stack ?? error.message));
    page.on('request', (request) => {
      const url = request.url();
      record.requests.push(url);
      if (isOffOrigin(url, site.origin)) record.offOriginRequests.push(url);
    });
    page.on('dialog', (dialog: Dialog) => {
      record.dialogs.push({ type: dialog.type(), message: dialog.message() });
      const answer =
        dialog.type() === 'confirm' && record.confirmAnswer ? dialog.accept() : dialog.dismiss();
      answer.catch(() => undefined);
    });
    page.on('close', () => this.pages.delete(page));
    if (options.keepStorage !== true) {
      const cdp = await this.context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: site.origin, storageTypes: 'all' });
      await cdp.detach();
    }
    return page;
  }

  /** Closes every page this session opened (call it after each test). */
  async closePages(): Promise<void> {
    await Promise.all([...this.pages].map((page) => page.close()));
    this.pages.clear();
  }

  async close(): Promise<void> {
    await this.closePages().catch(() => undefined);
    await this.context.close();
    for (const cleanup of this.cleanups.reverse()) await cleanup();
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

/**
 * The usual set-up of a test file: one browser and dist/ served for the whole file, every page
 * closed after each test, and everything stopped and removed at the end.
 */
export function useSession(): { readonly session: Session; readonly site: Site } {
  let session: Session | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    session = await Session.start();
    site = await session.serve();
  });
  afterEach(async () => {
    await session?.closePages();
  });
  afterAll(async () => {
    await session?.close();
  });
  const missing = (): never => {
    throw new Error('useSession(): the session is only there inside tests');
  };
  return {
    get session() {
      return session ?? missing();
    },
    get site() {
      return site ?? missing();
    },
  };
}

/**
 * Lets pending events reach the test before it judges, without a fixed sleep: the page's queued
 * tasks run (a frame, then one task), every CSP report still on its way is awaited, and console
 * messages sent before this evaluation's answer arrive before it (the protocol keeps their order).
 */
export async function settle(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await page.evaluate(async () => {
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
    const pending = (window as unknown as { __e2ePendingReports?: Promise<unknown>[] })
      .__e2ePendingReports;
    await Promise.all(pending ?? []);
  });
}

/**
 * No CSP violations, no console errors, no uncaught errors, no request to another origin.
 * `allowConsoleErrors` lets a test accept console errors it provoked on purpose (e.g. 404s).
 */
export async function expectClean(
  page: Page,
  options: { allowConsoleErrors?: RegExp } = {},
): Promise<void> {
  await settle(page);
  const record = recordOf(page);
  const allowed = options.allowConsoleErrors;
  const consoleErrors =
    allowed === undefined
      ? record.consoleErrors
      : record.consoleErrors.filter((e) => !allowed.test(e));
  const evalProbe = record.cspViolations.some((v) => v.blocked === 'eval')
    ? " (a script-src violation with blocked 'eval' is code calling eval/new Function, e.g. a library probing whether eval is allowed)"
    : '';
  expect(
    {
      cspViolations: record.cspViolations,
      consoleErrors,
      pageErrors: record.pageErrors,
      offOriginRequests: record.offOriginRequests,
    },
    `page ${page.url()} was not clean${evalProbe}`,
  ).toEqual({ cspViolations: [], consoleErrors: [], pageErrors: [], offOriginRequests: [] });
}

/** Reads, changes and writes a JSON file inside a copied build. */
export async function editJson(
  dir: string,
  file: string,
  change: (value: Record<string, unknown>) => void,
): Promise<void> {
  const full = path.join(dir, file);
  const value = JSON.parse(await readFile(full, 'utf8')) as Record<string, unknown>;
  change(value);
  await writeFile(full, `${JSON.stringify(value, null, 2)}\n`);
}

/** Replaces text inside a file of a copied build; fails loudly when the text is not there. */
export async function editText(
  dir: string,
  file: string,
  find: string | RegExp,
  replace: string,
): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, 'utf8');
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`editText: ${String(find)} not found in ${file}`);
  await writeFile(full, after);
}
