import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LintScheduler } from "../src/scheduler.js";

describe("LintScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("debounces a burst of edits into one lint, per document", async () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(async (uri) => void runs.push(uri));
    for (let i = 0; i < 20; i++) {
      scheduler.schedule("a", 150);
      await vi.advanceTimersByTimeAsync(10);
    }
    scheduler.schedule("b", 150);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(runs).toEqual(["a", "b"]);
  });

  it("runs a document once at a time, and once more for edits made meanwhile", async () => {
    let release!: () => void;
    const runs: number[] = [];
    let count = 0;
    const scheduler = new LintScheduler(async () => {
      const run = ++count;
      runs.push(run);
      if (run === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    scheduler.schedule("a", 0);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      scheduler.schedule("a", 0);
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(runs).toEqual([1]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([1, 2]);
  });

  it("forgets cancelled documents", async () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(async (uri) => void runs.push(uri));
    scheduler.schedule("a", 50);
    scheduler.cancel("a");
    scheduler.schedule("b", 50);
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([]);
  });
});
