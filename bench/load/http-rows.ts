/**
 * The HTTP rows of `npm run bench:load`: payments on fresh loans, on new mortgages and on mortgages holding 300
 * events, loan reads and quotes, each driven by autocannon against the server child and, as its baseline, by the
 * same requests through the app in-process; and the server's RSS under the payment load.
 */
import { loadavg } from "node:os";
import { type BenchResult, memoryResult, throughputResult } from "../harness.js";
import { meterCpu } from "./cpu.js";
import { driveHttp, driveInProcess, loanReads, payments, quotes, type RequestShape, type Throughput } from "./drive.js";
import type { LoadOptions } from "./options.js";
import { rssMegabytes, type ServerChild, sampleRss } from "./processes.js";

/** What the HTTP rows run against. */
export interface HttpTargets {
  readonly server: ServerChild;
  readonly handle: (path: string, init: RequestInit) => Response | Promise<Response>;
  readonly today: string;
  readonly personalProductId: string;
  readonly freshLoans: ReadonlyArray<string>;
  /** New 30-year mortgages: the long-history loans' schedule without their history. */
  readonly freshMortgages: ReadonlyArray<string>;
  readonly longLoans: ReadonlyArray<string>;
  /** Said in the payment row's note (statements and commits of one payment). */
  readonly paymentNote: string;
  /** The PostgreSQL backends of the scratch database (their CPU is metered). */
  readonly backends: () => Promise<ReadonlyArray<number>>;
  /** The server's largest live heap (MB) read between two instants (epoch ms), if a full collection ran. */
  readonly heap: (window: { fromMs: number; toMs: number }) => number | undefined;
}

/** CPU milliseconds per request: the server child, its PostgreSQL backends, autocannon, the in-process app. */
interface Costs {
  readonly serverMs: number;
  readonly postgresMs: number;
  readonly generatorMs: number;
  readonly inProcessMs: number;
}

function describe({ result, baseline, costs }: { result: Throughput; baseline: Throughput; costs: Costs }): string {
  const load = loadavg()[0]!.toFixed(2);
  return (
    `p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ${result.errors} errors of ${result.total}; ` +
    `CPU per request: server ${costs.serverMs.toFixed(2)} ms, PostgreSQL ${costs.postgresMs.toFixed(2)} ms, ` +
    `autocannon ${costs.generatorMs.toFixed(2)} ms; baseline in-process app.request p50 ${baseline.p50Ms.toFixed(1)} ms, ` +
    `p99 ${baseline.p99Ms.toFixed(1)} ms, ${baseline.errors} errors, ${costs.inProcessMs.toFixed(2)} ms CPU; load avg ${load}`
  );
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function measure(targets: HttpTargets, options: LoadOptions, make: (n: number) => RequestShape) {
  const { server, handle, connections } = { ...targets, ...options };
  const baselineSeconds = Math.max(2, Math.round(options.durationSeconds / 2));
  // Each side warms up (JIT, pool, caches) for a second before it is measured; the same requests, new keys.
  await driveInProcess(handle, server.token, (n) => make(n + 10_000_000), connections, 1);
  const inProcessCpu = process.cpuUsage();
  const baseline = await driveInProcess(handle, server.token, make, connections, baselineSeconds);
  const inProcessMs = cpuMs(process.cpuUsage(inProcessCpu)) / baseline.total;
  await driveHttp(server.url, server.token, (n) => make(n + 20_000_000), connections, 1);
  const node = meterCpu(() => server.pids());
  const postgres = meterCpu(targets.backends);
  await Promise.all([node.ready, postgres.ready]);
  const generatorCpu = process.cpuUsage();
  const result = await driveHttp(
    server.url,
    server.token,
    (n) => make(n + 30_000_000),
    connections,
    options.durationSeconds,
  );
  const generatorMs = cpuMs(process.cpuUsage(generatorCpu)) / result.total;
  const perRequest = async (meter: ReturnType<typeof meterCpu>) => ((await meter.stop()) * 1000) / result.total;
  const costs = { serverMs: await perRequest(node), postgresMs: await perRequest(postgres), generatorMs, inProcessMs };
  return { result, baseline, costs };
}

/**
 * Runs the four HTTP rows and the RSS row, logging each to stderr as it finishes.
 *
 * @example
 * const rows = await httpRows(targets, options);
 */
export async function httpRows(targets: HttpTargets, options: LoadOptions): Promise<BenchResult[]> {
  const { connections } = options;
  const rows: BenchResult[] = [];
  // A clustered server's rows are its own (`http.payments.processes-2`), beside the one-process rows.
  const named = (name: string) => (options.processes > 1 ? `${name}.processes-${options.processes}` : name);
  const add = (row: BenchResult) => {
    rows.push(row);
    process.stderr.write(`  ${row.name}: ${row.median} ${row.unit} (baseline ${row.baseline}) ${row.note ?? ""}\n`);
  };
  const idleMegabytes = targets.server.pids().reduce((sum, pid) => sum + rssMegabytes(pid), 0);
  const rss = sampleRss(() => targets.server.pids());
  const paymentsFrom = Date.now();
  const key = `bench-${process.pid}`;
  const fresh = await measure(targets, options, payments(targets.freshLoans, targets.today, `${key}-fresh`));
  const mortgage = await measure(targets, options, payments(targets.freshMortgages, targets.today, `${key}-mortgage`));
  const long = await measure(targets, options, payments(targets.longLoans, targets.today, `${key}-long`));
  const peakMegabytes = Math.max(...rss.stop().map((sample) => sample.megabytes));
  const liveMegabytes = targets.heap({ fromMs: paymentsFrom, toMs: Date.now() });
  const live =
    liveMegabytes === undefined
      ? "no full garbage collection ran"
      : `largest live heap ${Math.round(liveMegabytes)} MB (old generation after a full garbage collection)`;
  const loans = targets.freshLoans.length;
  add(
    throughputResult(
      named("http.payments"),
      fresh.result.perSecond,
      fresh.baseline.perSecond,
      `${loans} fresh loans, ${connections} connections, ${options.processes} API process(es), $1 each; ${describe(fresh)}; ${targets.paymentNote}`,
    ),
  );
  const timesThisRate = (than: Throughput) => (than.perSecond / long.result.perSecond).toFixed(2);
  add(
    throughputResult(
      named("http.payments.fresh-mortgage"),
      mortgage.result.perSecond,
      mortgage.baseline.perSecond,
      `${targets.freshMortgages.length} new 30-year mortgages (360 installments, disbursed 20 days ago); ${describe(mortgage)}`,
    ),
  );
  add(
    throughputResult(
      named("http.payments.long-history"),
      long.result.perSecond,
      long.baseline.perSecond,
      `${targets.longLoans.length} loans of 300 events (mortgage, 299 payments); fresh (personal) loans ran ` +
        `${timesThisRate(fresh.result)}x this rate, new mortgages ${timesThisRate(mortgage.result)}x; ${describe(long)}`,
    ),
  );
  add(
    memoryResult(
      named("http.server.rss"),
      peakMegabytes,
      idleMegabytes,
      `peak VmRSS of the server (all its API processes) during the payment rows; baseline idle after seeding; ` +
        `${live}: the rest of the peak is garbage V8 had not yet collected, code and buffers`,
    ),
  );
  const reads = await measure(targets, options, loanReads(targets.freshLoans));
  add(
    throughputResult(
      named("http.loan-state"),
      reads.result.perSecond,
      reads.baseline.perSecond,
      `GET /v1/loans/{id} over ${loans} loans; ${describe(reads)}`,
    ),
  );
  const quoted = await measure(targets, options, quotes(targets.personalProductId, targets.today));
  add(
    throughputResult(
      named("http.quotes"),
      quoted.result.perSecond,
      quoted.baseline.perSecond,
      `POST /v1/quotes, personal loan, 36 months; ${describe(quoted)}`,
    ),
  );
  return rows;
}
