/**
 * The close rows of `npm run bench:load`: `lendstack close-day` run by several worker processes at once
 * over the whole book, timed from their start to the last one's exit, extrapolated to a million loans,
 * with the workers' RSS sampled throughout and their live heap read after each full garbage collection.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type pg from "pg";
import { type BenchResult, memoryResult, throughputResult } from "../harness.js";
import { meterCpu } from "./cpu.js";
import { HEAP_PROBE_ARGS, type HeapSpread, heapHalves, heapSamples } from "./heap.js";
import { formatDuration, type LoadOptions, secondsFor } from "./options.js";
import { runCli, sampleRss } from "./processes.js";

const spread = (within: HeapSpread | undefined) =>
  within === undefined
    ? "no full collection"
    : `smallest ${within.smallest.toFixed(0)}, median ${within.median.toFixed(0)}, largest ${within.largest.toFixed(0)} MB`;

/** What the close rows run against. */
export interface CloseTargets {
  readonly url: string;
  readonly dir: string;
  readonly client: pg.ClientBase;
  readonly tenantId: string;
  readonly today: string;
  /** Loans per second of core's full replay in-process, one core (the baseline). */
  readonly replayPerSecond: number;
  /** Said in the row's note (how the book was seeded). */
  readonly seedNote: string;
  /** The PostgreSQL backends of the scratch database (their CPU is metered). */
  readonly backends: () => Promise<ReadonlyArray<number>>;
}

async function counts(client: pg.ClientBase, tenantId: string, today: string) {
  const { rows } = await client.query<{ loans: string; events: string; snapshots: string }>(
    `select (select count(*) from loans where tenant_id = $1) as loans,
            (select count(*) from loan_events where tenant_id = $1) as events,
            (select count(*) from loan_snapshots where tenant_id = $1 and as_of_date = $2) as snapshots`,
    [tenantId, today],
  );
  const row = rows[0]!;
  return { loans: Number(row.loans), events: Number(row.events), snapshots: Number(row.snapshots) };
}

/**
 * Runs the close of `today` with `options.workers` processes and returns the throughput and RSS rows.
 * Throws when a worker fails or a loan is left without its snapshot.
 *
 * @example
 * const rows = await closeRows(targets, options);
 */
export async function closeRows(targets: CloseTargets, options: LoadOptions): Promise<BenchResult[]> {
  const { client, tenantId, today } = targets;
  const before = await counts(client, tenantId, today);
  const pids: number[] = [];
  const node = meterCpu(() => pids);
  const postgres = meterCpu(targets.backends);
  await Promise.all([node.ready, postgres.ready]);
  const started = performance.now();
  const startedAt = Date.now();
  const workers = Array.from({ length: options.workers }, (_, index) =>
    runCli(targets.url, targets.dir, `close-${index + 1}`, ["close-day", "--date", today, "--tenant", tenantId], {
      nodeArgs: HEAP_PROBE_ARGS,
    }),
  );
  pids.push(...workers.map((worker) => worker.child.pid ?? 0));
  const rss = sampleRss(() => pids);
  const codes = await Promise.all(workers.map((worker) => worker.done));
  const seconds = (performance.now() - started) / 1000;
  const heap = heapHalves(heapSamples(targets.dir, pids), { fromMs: startedAt, toMs: Date.now() });
  const samples = rss.stop();
  const [nodeSeconds, postgresSeconds] = [await node.stop(), await postgres.stop()];
  const load = loadavg()[0]!.toFixed(2);
  const logs = workers.map((worker) => readFileSync(worker.logPath, "utf8"));
  if (codes.some((code) => code !== 0)) throw new Error(`a close-day worker failed:\n${logs.join("\n")}`);
  const after = await counts(client, tenantId, today);
  if (after.snapshots !== after.loans) {
    throw new Error(`the close left ${after.loans - after.snapshots} of ${after.loans} loans without a snapshot`);
  }
  const perSecond = after.snapshots / seconds;
  const peakOf = (within: typeof samples) => Math.max(...within.flatMap((sample) => sample.each));
  const peak = peakOf(samples);
  const early = peakOf(samples.filter((sample) => sample.atMs <= (seconds * 1000) / 10));
  const summary = logs.map((text) => /snapshots written by this worker \((.*?)\)/.exec(text)?.[0] ?? "?").join("; ");
  return [
    throughputResult(
      "close.loans-per-second",
      perSecond,
      targets.replayPerSecond,
      `${after.snapshots} loans (${before.events} events) closed by ${options.workers} workers in ` +
        `${seconds.toFixed(1)} s; CPU per loan: workers ${Math.round((nodeSeconds * 1e6) / after.snapshots)} µs, PostgreSQL ` +
        `${Math.round((postgresSeconds * 1e6) / after.snapshots)} µs; 1M loans ≈ ${formatDuration(secondsFor(1_000_000, perSecond))}; baseline core's full ` +
        `replay in-process, one core; ${targets.seedNote}; ${summary}; load avg ${load}`,
    ),
    memoryResult(
      "close.worker.rss",
      peak,
      early,
      `peak VmRSS of one close-day worker over the ${after.snapshots}-loan book; baseline its peak in the first ` +
        "tenth of the close (equal when memory stays flat as the close goes through the book)",
    ),
    memoryResult(
      "close.worker.heap",
      heap.second?.median ?? Number.NaN,
      heap.first?.median ?? Number.NaN,
      `median live heap (old generation after a full garbage collection, ${heap.count} collections in all workers) ` +
        `in the second half of the close (${spread(heap.second)}); baseline the median in its first half ` +
        `(${spread(heap.first)}); equal when a worker holds a batch, not the book: a reading holds the batch in hand ` +
        "or not, by chance, hence the spread; the RSS above adds the garbage V8 had not yet collected, and its code",
    ),
  ];
}
