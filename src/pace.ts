/**
 * Pauses between the checks of the content in the page (browser only), so that no check holds
 * the main thread long: the player's clicks and the map's frames go first.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** The next task: whatever input or frame waits goes first (scheduler.yield where there is one). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A moment the main thread has nothing else to do (at the latest `timeout` ms from now). */
export function idleMoment(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout });
    else setTimeout(done, 20);
  });
}
