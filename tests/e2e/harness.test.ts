/**
 * Positive controls: the detectors every other test relies on really detect. If one of these
 * fails, a green run of the other tests proves nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { openGame } from './game';
import { expectClean, isOffOrigin, recordOf, Session, settle, type Site } from './harness';

let session: Session;
/** How many violations the page had reported once loaded (the control then counts only its own). */
async function settledViolations(page: Page): Promise<number> {
  await settle(page);
  return recordOf(page).cspViolations.length;
}
let site: Site;

beforeAll(async () => {
  session = await Session.start();
  site = await session.serve();
});
afterEach(async () => {
  await session.closePages();
});
afterAll(async () => {
  await session.close();
});

describe('the harness', () => {
  it('serves the game under a sub-path on 127.0.0.1 with the strict CSP header', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gemeente\/spel\/$/);
    const page = await session.newPage(site);
    const response = await page.goto(site.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await openGame(page, site);
    // Every request the title screen made stayed under the sub-path (relative URLs work).
    const record = recordOf(page);
    expect(record.requests.length).toBeGreaterThan(3);
    for (const url of record.requests) expect(url.startsWith(site.url), url).toBe(true);
    await expectClean(page);
  });

  it('records CSP violations (positive control: an inline style attribute and an inline script)', async () => {
    const page = await session.newPage(site);
    await openGame(page, site);
    const before = await settledViolations(page);
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
    });
    // settle() alone, with no polling, must have brought both reports in (it has no fixed sleep).
    await settle(page);
    expect(
      recordOf(page)
        .cspViolations.slice(before)
        .map((v) => v.directive)
        .sort(),
    ).toEqual(['script-src-elem', 'style-src-attr']);
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
    await expect(expectClean(page)).rejects.toThrow(/not clean/);
  });

  it('records console errors and uncaught page errors (positive control)', async () => {
    const page = await session.newPage(site);
    await openGame(page, site);
    await page.evaluate(() => {
      console.error('control: console error');
      setTimeout(() => {
        throw new Error('control: uncaught');
      }, 0);
    });
    await expect.poll(() => recordOf(page).pageErrors.length).toBe(1);
    expect(recordOf(page).consoleErrors.join('\n')).toContain('control: console error');
    await expect(expectClean(page)).rejects.toThrow(/not clean/);
  });

  it('flags requests to another origin (positive control, to a name that cannot resolve)', async () => {
    expect(isOffOrigin(`${site.origin}/gemeente/spel/x.js`, site.origin)).toBe(false);
    expect(isOffOrigin('data:image/png;base64,AAAA', site.origin)).toBe(false);
    expect(isOffOrigin('blob:http://127.0.0.1:1/abc', site.origin)).toBe(false);
    expect(isOffOrigin('http://127.0.0.1:1/x', site.origin)).toBe(true);
    // The strict CSP would refuse the fetch before any request exists, so the request detector
    // is proven on the same build served without a CSP: here the browser really tries.
    const open = await session.serve(undefined, { csp: null });
    const page = await session.newPage(open);
    await openGame(page, open);
    await page.evaluate(() =>
      fetch('http://example.invalid/x').then(
        () => undefined,
        () => undefined,
      ),
    );
    await expect.poll(() => recordOf(page).offOriginRequests).toEqual(['http://example.invalid/x']);
    await expect(expectClean(page)).rejects.toThrow(/not clean/);
    await open.close();
  });

  it('under the strict CSP an off-origin fetch is refused and still makes the page unclean', async () => {
    const page = await session.newPage(site);
    await openGame(page, site);
    const before = await settledViolations(page);
    await page.evaluate(() =>
      fetch('http://example.invalid/y').then(
        () => undefined,
        () => undefined,
      ),
    );
    await expect
      .poll(() => recordOf(page).cspViolations.slice(before))
      .toMatchObject([{ directive: 'connect-src', blocked: 'http://example.invalid/y' }]);
    expect(recordOf(page).offOriginRequests).toEqual([]); // refused before it became a request
    await expect(expectClean(page)).rejects.toThrow(/not clean/);
  });
});
