/**
 * Starts a kiosk's next visitor on a fresh page when that is safe. A page that runs all day keeps
 * the code V8 compiled for the game's functions (measured in docs/performance.md, "Kiosk soak":
 * +24% heap over 200 visits, none of it the game's data); a reload frees it. But a reload with the
 * server or the network gone shows the browser's error page and ends the stand, so the kiosk first
 * asks its own address: only a 2xx answer (or a page opened from a file) reloads.
 */

/** How long the server may take to answer before the kiosk stays on the page it has. */
const ANSWER_TIMEOUT_MS = 5000;

/** What of the browser this needs: injected, so a test can drive both ways. */
export interface PageControl {
  /** The page's own address (`location.href`). */
  readonly href: string;
  /** `fetch`, or what answers like it. */
  readonly fetch: (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'redirected'>>;
  /** Loads `address` afresh: `location.reload()` for the page's own address. */
  readonly reload: (address: string) => void;
}

/** The page this script runs in. */
export function thisPage(): PageControl {
  return {
    href: location.href,
    fetch: (url, init) => fetch(url, init),
    reload: (address) => {
      if (address === location.href) location.reload();
      else location.replace(address);
    },
  };
}

/**
 * The address the next visitor starts on: the kiosk's own, without a story named in it. A story in
 * the address (a deep link, or a Play pressed on the build's title before the script ran) would
 * open for every later visitor too, past the attract screen.
 */
function nextVisitorAddress(href: string): string {
  const url = new URL(href);
  if (!url.searchParams.has('scenario')) return href;
  url.searchParams.delete('scenario');
  return url.href;
}

/**
 * Reloads the page when its own address answers 2xx (not redirected: a captive portal answers
 * with its own page), or when it was opened from a file; `stillIdle` is asked again after the
 * answer, so a visitor who started in the meantime keeps their game. Resolves to whether it
 * reloaded. Never rejects: a failed check leaves the page as it is.
 */
export async function reloadWhenServed(
  page: PageControl,
  stillIdle: () => boolean,
): Promise<boolean> {
  const address = nextVisitorAddress(page.href);
  if (new URL(address).protocol !== 'file:') {
    try {
      const answer = await page.fetch(address, {
        cache: 'no-store',
        signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      });
      if (!answer.ok || answer.redirected) return false;
    } catch {
      return false; // server gone, network gone, or too slow: keep this page
    }
  }
  if (!stillIdle()) return false;
  page.reload(address);
  return true;
}
