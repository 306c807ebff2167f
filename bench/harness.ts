/**
 * The benchmark harness: each suite measures a case beside a baseline in the same run, so the
 * ratio says what exactness (or a feature) costs on this machine today.
 */

export interface BenchResult {
  readonly name: string;
  /** Median of the samples, in `unit`. */
  readonly median: number;
  readonly unit: "us" | "ops/s" | "MB";
  /** The same measurement for the baseline implementation, in the same unit. */
  readonly baseline: number;
  /**
   * median / baseline for "us" and "MB" (cost, lower is better); baseline / median for "ops/s" (slowdown,
   * lower is better).
   */
  readonly ratio: number;
  readonly note?: string;
}

export interface Suite {
  readonly name: string;
  run(): Promise<ReadonlyArray<BenchResult>> | ReadonlyArray<BenchResult>;
}

/** Keeps results reachable so the JIT cannot drop the work being timed. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
export function lastSink(): unknown {
  return sink;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median microseconds per call of `fn`: warms up, then takes `samples` samples, each timing enough
 * calls to last about `sampleMs` milliseconds.
 */
export function microsecondsPerCall(fn: () => unknown, options: { samples?: number; sampleMs?: number } = {}): number {
  const samples = options.samples ?? 25;
  const sampleMs = options.sampleMs ?? 20;
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) consume(fn());
    const elapsed = performance.now() - start;
    if (elapsed >= sampleMs / 2) {
      calls = Math.max(1, Math.round((calls * sampleMs) / Math.max(elapsed, 0.001)));
      break;
    }
    calls *= 2;
  }
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) consume(fn());
    perCall.push(((performance.now() - start) * 1000) / calls);
  }
  return median(perCall);
}

/** Median operations per second when `batch` runs `count` operations per call. */
export function operationsPerSecond(batch: () => unknown, count: number, samples = 7): number {
  consume(batch()); // warm-up
  const rates: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    consume(batch());
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/** A result for a time measurement (lower is better). */
export function timeResult(name: string, medianUs: number, baselineUs: number, note?: string): BenchResult {
  return {
    name,
    median: round(medianUs),
    unit: "us",
    baseline: round(baselineUs),
    ratio: round(medianUs / baselineUs),
    ...(note ? { note } : {}),
  };
}

/** A result for a throughput measurement (higher is better); ratio is baseline / median. */
export function throughputResult(name: string, opsPerSecond: number, baselineOps: number, note?: string): BenchResult {
  return {
    name,
    median: Math.round(opsPerSecond),
    unit: "ops/s",
    baseline: Math.round(baselineOps),
    ratio: round(baselineOps / opsPerSecond),
    ...(note ? { note } : {}),
  };
}

/** A result for a memory measurement in megabytes (lower is better); ratio is median / baseline. */
export function memoryResult(name: string, megabytes: number, baselineMegabytes: number, note?: string): BenchResult {
  return {
    name,
    median: Math.round(megabytes),
    unit: "MB",
    baseline: Math.round(baselineMegabytes),
    ratio: round(megabytes / baselineMegabytes),
    ...(note ? { note } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
