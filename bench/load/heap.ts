/**
 * The live heap of the processes `npm run bench:load` starts, from `heap-probe.cjs` preloaded into them: the
 * old generation's size after each full garbage collection. RSS alone cannot say whether a process holds more
 * as it works: V8 lets garbage build up to a limit it raises with the allocation rate, so a close worker
 * holding one batch peaks anywhere between 200 and 350 MB, depending on when its collections ran.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Node arguments that preload the probe; it writes `heap.<pid>` into the child's working directory. */
export const HEAP_PROBE_ARGS = ["--require", fileURLToPath(new URL("./heap-probe.cjs", import.meta.url))];

/** One reading: when (epoch ms), which process, and its old generation in MB. */
export interface HeapSample {
  readonly atMs: number;
  readonly pid: number;
  readonly megabytes: number;
}

/**
 * The readings of the probed processes that ran in `dir` (of every one, or of those `pids`).
 *
 * @example
 * heapSamples("/tmp/bench-load-1", [4242]); // [{ atMs: 1796605518573, pid: 4242, megabytes: 33.1 }, …]
 */
export function heapSamples(dir: string, pids?: ReadonlyArray<number>): HeapSample[] {
  const files = readdirSync(dir).filter((name) => /^heap\.\d+$/.test(name));
  return files.flatMap((name) => {
    const pid = Number(name.slice("heap.".length));
    if (pids !== undefined && !pids.includes(pid)) return [];
    return readFileSync(join(dir, name), "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [atMs, bytes] = line.split(" ").map(Number) as [number, number];
        return { atMs, pid, megabytes: bytes / 2 ** 20 };
      });
  });
}

/** The smallest, median and largest of some readings (MB). */
export interface HeapSpread {
  readonly smallest: number;
  readonly median: number;
  readonly largest: number;
}

function spreadOf(samples: ReadonlyArray<HeapSample>): HeapSpread | undefined {
  if (samples.length === 0) return undefined;
  const sorted = samples.map((sample) => sample.megabytes).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { smallest: sorted[0]!, median, largest: sorted.at(-1)! };
}

/**
 * The readings in a window: the spread of each of its halves (`undefined` where no full collection ran) and the
 * largest of all. A reading holds whatever was live when the collection ran — for a close worker, the batch in
 * hand or not, by chance —, so a half's median says more than its largest whether memory grew.
 *
 * @example
 * heapHalves(samples, { fromMs: started, toMs: Date.now() }); // { first: { smallest: 30, median: 32, largest: 34 }, second: …, largest: 34, count: 21 }
 */
export function heapHalves(samples: ReadonlyArray<HeapSample>, window: { fromMs: number; toMs: number }) {
  const middle = (window.fromMs + window.toMs) / 2;
  const within = samples.filter((sample) => sample.atMs >= window.fromMs && sample.atMs <= window.toMs);
  return {
    first: spreadOf(within.filter((sample) => sample.atMs < middle)),
    second: spreadOf(within.filter((sample) => sample.atMs >= middle)),
    largest: spreadOf(within)?.largest,
    count: within.length,
  };
}
