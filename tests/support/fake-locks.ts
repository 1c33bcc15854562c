/**
 * A Web Locks manager for one lock name, as Chromium behaves for the requests the presenter seat
 * makes: ifAvailable (granted now or null), a queue in order, steal (the holder's request fails
 * with AbortError), an AbortSignal that takes a queued request out. jsdom has no navigator.locks.
 */
interface Entry {
  readonly grant: () => void;
  readonly fail: (error: Error) => void;
}

const abortError = (): Error => new DOMException('The request was aborted.', 'AbortError');

export class FakeLocks {
  private holder: Entry | null = null;
  private readonly queue: Entry[] = [];

  /** Whether a window holds the lock now. */
  get held(): boolean {
    return this.holder !== null;
  }

  request<T>(
    _name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => T | Promise<T>,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted === true) {
        reject(abortError());
        return;
      }
      const entry: Entry = {
        grant: () => {
          this.holder = entry;
          Promise.resolve(callback({ name: _name, mode: 'exclusive' })).then(
            (value) => {
              if (this.holder !== entry) return; // stolen meanwhile: already failed
              this.holder = null;
              resolve(value);
              this.next();
            },
            (error: unknown) => {
              if (this.holder === entry) {
                this.holder = null;
                this.next();
              }
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        },
        fail: reject,
      };
      if (options.steal === true) {
        const old = this.holder;
        this.holder = null;
        old?.fail(abortError());
        entry.grant();
        return;
      }
      if (this.holder === null && this.queue.length === 0) {
        entry.grant();
        return;
      }
      if (options.ifAvailable === true) {
        Promise.resolve(callback(null)).then(resolve, reject);
        return;
      }
      this.queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        const at = this.queue.indexOf(entry);
        if (at < 0) return;
        this.queue.splice(at, 1);
        reject(abortError());
      });
    });
  }

  private next(): void {
    if (this.holder !== null) return;
    this.queue.shift()?.grant();
  }
}
