/**
 * Per-document debounce: a lint starts `delayMs` after the last edit, and a document has at most
 * one lint running — edits that arrive meanwhile get one more lint when it ends. An edit burst
 * therefore costs one or two lints, never a queue of them.
 */
export class LintScheduler {
  readonly #run: (uri: string) => Promise<void>;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #running = new Set<string>();
  readonly #rerun = new Set<string>();

  constructor(run: (uri: string) => Promise<void>) {
    this.#run = run;
  }

  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri);
        this.#start(uri);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    this.#rerun.delete(uri);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#rerun.clear();
  }

  #start(uri: string): void {
    if (this.#running.has(uri)) {
      this.#rerun.add(uri);
      return;
    }
    this.#running.add(uri);
    // `run` handles its own errors; `finally` only keeps the bookkeeping right.
    void this.#run(uri).finally(() => {
      this.#running.delete(uri);
      if (this.#rerun.delete(uri)) this.#start(uri);
    });
  }
}
