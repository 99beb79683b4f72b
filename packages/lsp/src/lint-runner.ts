/**
 * Runs lints in a worker thread, one at a time, so that a huge file or a slow build-context walk
 * never blocks the server: hovers, code actions and other documents' messages are answered while
 * it works. A lint that runs past the time limit, or a worker that dies, is reported and the
 * worker replaced.
 */
import { Worker } from "node:worker_threads";
import type { LintOutcome, LintRequest } from "./lint-document.js";

export type WorkerRequest =
  | { readonly type: "lint"; readonly id: number; readonly request: LintRequest }
  | { readonly type: "invalidate"; readonly path?: string }
  | { readonly type: "forget"; readonly uri: string };

export interface WorkerReply {
  readonly id: number;
  readonly outcome: LintOutcome;
}

/** The lint did not finish: it ran past the time limit, or the worker died. */
export class LintAbortedError extends Error {
  override readonly name = "LintAbortedError";
}

interface Job {
  readonly id: number;
  readonly request: LintRequest;
  readonly resolve: (outcome: LintOutcome) => void;
  readonly reject: (error: Error) => void;
}

export interface LintRunnerOptions {
  /** The worker script (dist/lint-worker.js). */
  readonly workerUrl: URL;
  readonly timeoutMs: number;
  /** Where the worker's own output and crashes go (the client's log). */
  readonly log: (message: string) => void;
}

export class LintRunner {
  readonly #options: LintRunnerOptions;
  readonly #queue: Job[] = [];
  #worker: Worker | undefined;
  #current: { readonly job: Job; readonly timer: NodeJS.Timeout } | undefined;
  #nextId = 1;

  constructor(options: LintRunnerOptions) {
    this.#options = options;
  }

  lint(request: LintRequest): Promise<LintOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, request, resolve, reject });
      this.#pump();
    });
  }

  /** Tells the worker a file changed (its caches forget what depends on it). */
  invalidate(path?: string): void {
    this.#worker?.postMessage({ type: "invalidate", ...(path === undefined ? {} : { path }) } satisfies WorkerRequest);
  }

  /** Tells the worker a document was closed (it drops what it kept for it). */
  forget(uri: string): void {
    this.#worker?.postMessage({ type: "forget", uri } satisfies WorkerRequest);
  }

  async dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    const current = this.#current;
    this.#current = undefined;
    if (current !== undefined) clearTimeout(current.timer);
    const jobs = [...(current === undefined ? [] : [current.job]), ...this.#queue.splice(0)];
    for (const job of jobs) job.reject(new LintAbortedError("the language server is shutting down."));
    if (worker !== undefined) await worker.terminate();
  }

  #pump(): void {
    if (this.#current !== undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) return;
    const worker = this.#worker ?? this.#spawn();
    const timer = setTimeout(() => {
      this.#abort(`linting ${job.request.uri} took longer than ${this.#options.timeoutMs} ms and was stopped.`);
    }, this.#options.timeoutMs);
    this.#current = { job, timer };
    worker.postMessage({ type: "lint", id: job.id, request: job.request } satisfies WorkerRequest);
  }

  /** Fails the running job, replaces the worker and goes on with the queue. */
  #abort(reason: string): void {
    const current = this.#current;
    this.#current = undefined;
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker !== undefined) void worker.terminate();
    if (current !== undefined) {
      clearTimeout(current.timer);
      current.job.reject(new LintAbortedError(reason));
    }
    this.#pump();
  }

  #spawn(): Worker {
    const worker = new Worker(this.#options.workerUrl, { stdout: true, stderr: true });
    // The worker's output must never reach the server's stdout, which carries the protocol.
    worker.stdout.setEncoding("utf8").on("data", (chunk: string) => this.#options.log(chunk.trimEnd()));
    worker.stderr.setEncoding("utf8").on("data", (chunk: string) => this.#options.log(chunk.trimEnd()));
    worker.on("message", (reply: WorkerReply) => {
      const current = this.#current;
      if (current === undefined || current.job.id !== reply.id) return;
      this.#current = undefined;
      clearTimeout(current.timer);
      current.job.resolve(reply.outcome);
      this.#pump();
    });
    worker.on("error", (error) => {
      this.#options.log(`layerlint: the lint worker crashed: ${error.stack ?? error.message}`);
      if (this.#worker === worker) this.#abort("the lint worker crashed.");
    });
    worker.on("exit", (code) => {
      if (this.#worker === worker) this.#abort(`the lint worker exited with code ${code}.`);
    });
    this.#worker = worker;
    return worker;
  }
}
