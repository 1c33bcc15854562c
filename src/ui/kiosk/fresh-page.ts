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
  /** `location.reload()`. */
  readonly reload: () => void;
}

/** The page this script runs in. */
export function thisPage(): PageControl {
  return {
    href: location.href,
    fetch: (url, init) => fetch(url, init),
    reload: () => {
      location.reload();
    },
  };
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
  if (new URL(page.href).protocol !== 'file:') {
    try {
      const answer = await page.fetch(page.href, {
        cache: 'no-store',
        signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      });
      if (!answer.ok || answer.redirected) return false;
    } catch {
      return false; // server gone, network gone, or too slow: keep this page
    }
  }
  if (!stillIdle()) return false;
  page.reload();
  return true;
}
