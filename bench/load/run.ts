/**
 * `npm run bench:load`: the server and the daily close measured end to end on PostgreSQL (issue 16).
 * Creates a scratch database on the server at DATABASE_URL, starts the built server on it as a child
 * process, seeds it, drives it with autocannon on loopback, runs the close with two worker processes over
 * a book of `--loans` loans, prints the rows in the bench table format and, on a full run, writes them
 * into bench/results.json beside the other suites' rows. The database and the children are removed at
 * the end, also on failure or Ctrl-C. `--quick` is a smoke run (10,000 loans, 3 s rows).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { BenchResult } from "../harness.js";
import { closeRows } from "./close-rows.js";
import { backendsOf } from "./cpu.js";
import { payments } from "./drive.js";
import { HEAP_PROBE_ARGS, heapHalves, heapSamples } from "./heap.js";
import { httpRows } from "./http-rows.js";
import { countStatements, inProcessApp, replayRate } from "./in-process.js";
import { type LoadOptions, mergeResults, parseLoadArgs } from "./options.js";
import {
  children,
  createScratchDatabase,
  runCli,
  type ScratchDatabase,
  startServerChild,
  stopChild,
} from "./processes.js";
import {
  apiFor,
  boardAndPay,
  boardBookTemplates,
  copyTemplates,
  demoProductIds,
  monthsBefore,
  removeLoans,
  verifyCopies,
} from "./seed.js";

const TENANT = "demo";
const here = fileURLToPath(new URL("..", import.meta.url));
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  log(`${label}: ${seconds.toFixed(1)} s`);
  return { value, seconds };
}

async function run(options: LoadOptions, scratch: ScratchDatabase, dir: string): Promise<BenchResult[]> {
  const server = await startServerChild(scratch.url, dir, { processes: options.processes, nodeArgs: HEAP_PROBE_ARGS });
  log(`server ${server.pid} on ${server.url}, database ${scratch.name}`);
  const api = apiFor(server.url, server.token);
  const products = await demoProductIds(api);
  const utcToday = new Date().toISOString().slice(0, 10);
  const freshBoard = { productId: products.personal, amount: 1_000_000, currency: "USD", numberOfPayments: 36 };
  const fresh = await boardAndPay(
    api,
    { ...freshBoard, ratePercent: "12", disbursementDate: monthsBefore(utcToday, 0, 20) },
    0,
  );
  const today = String((await api.get(`/v1/loans/${fresh}`)).asOf); // the tenant's business date
  const longBoard = {
    productId: products.mortgage,
    amount: 30_000_000,
    currency: "USD",
    disbursementDate: "2001-11-01",
  };
  const long = options.rows.http
    ? await timed("a 300-event loan through the API (299 payments in order)", () => boardAndPay(api, longBoard, 299))
    : undefined;
  // The same mortgage new (disbursed when the personal loan was): what its 360 installments cost without history.
  const freshMortgage = await boardAndPay(api, { ...longBoard, disbursementDate: monthsBefore(utcToday, 0, 20) }, 0);
  const book = options.rows.close
    ? await timed("12 book templates through the API", () => boardBookTemplates(api, today))
    : undefined;
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    const inProcess = await inProcessApp(scratch.url);
    const rows: BenchResult[] = [];
    const notInBook = [fresh, freshMortgage];
    if (long !== undefined) {
      const http = await timed(`copying ${3 * options.httpLoans} loans for the HTTP rows`, () =>
        copyTemplates(client, TENANT, [fresh, freshMortgage, long.value], 3 * options.httpLoans),
      );
      log(`${await verifyCopies(api, http.value, 2)} copies read back through the API as their templates`);
      // Vacuumed now, not by autovacuum (the copies' inserts cross its threshold) while a row is measured.
      await timed("vacuum analyze of the copies", () => client.query("vacuum analyze"));
      notInBook.push(long.value, ...[...http.value.values()].flat());
      const freshLoans = http.value.get(fresh)!;
      const count = await countStatements(inProcess.handle, server.token, payments(freshLoans, today, "count")(0));
      const paymentNote = `one payment: ${count.statements} SQL statements, ${count.commits} commits`;
      log(`${paymentNote}: ${count.outline.join(" | ")}`);
      rows.push(
        ...(await httpRows(
          {
            server,
            handle: inProcess.handle,
            today,
            personalProductId: products.personal,
            freshLoans,
            freshMortgages: http.value.get(freshMortgage)!,
            longLoans: http.value.get(long.value)!,
            paymentNote,
            heap: (window) => heapHalves(heapSamples(dir, server.pids()), window).largest,
            backends: () => backendsOf(client, scratch.name),
          },
          options,
        )),
      );
    }
    if (book === undefined) {
      await inProcess.database.close();
      await server.stop();
      return rows;
    }
    const replayPerSecond = await replayRate(inProcess.database, TENANT, book.value, today);
    await inProcess.database.close();
    await removeLoans(client, TENANT, notInBook);
    // Yesterday's close of the templates: their snapshots are copied with them, so today's close is the
    // everyday one (events only for what changed since), not a book's very first.
    const yesterday = monthsBefore(today, 0, 1);
    const closed = runCli(scratch.url, dir, "close-yesterday", ["close-day", "--date", yesterday, "--tenant", TENANT]);
    if ((await closed.done) !== 0) throw new Error(`closing ${yesterday} failed (see ${closed.logPath})`);
    const remaining = options.bookLoans - book.value.length;
    const copied = await timed(`copying the book to ${options.bookLoans} loans`, () =>
      copyTemplates(client, TENANT, book.value, remaining),
    );
    log(`${await verifyCopies(api, copied.value, 1)} book copies read back through the API as their templates`);
    await server.stop();
    await client.query("analyze loans; analyze loan_events");
    const seedNote =
      `book closed the day before; seeded by copying 12 API-made templates (1-13 events, a snapshot) in ${copied.seconds.toFixed(0)} s ` +
      `(${Math.round(remaining / copied.seconds)} loans/s)` +
      (long === undefined ? "" : `; the API made a 300-event loan in ${long.seconds.toFixed(1)} s`);
    rows.push(
      ...(await closeRows(
        {
          url: scratch.url,
          dir,
          client,
          tenantId: TENANT,
          today,
          replayPerSecond,
          seedNote,
          backends: () => backendsOf(client, scratch.name),
        },
        options,
      )),
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseLoadArgs(process.argv.slice(2), process.env);
  const dir = mkdtempSync(join(tmpdir(), "lendstack-load-"));
  const scratch = await createScratchDatabase(options.adminUrl);
  const cleanUp = async () => {
    await Promise.all([...children].map((child) => stopChild(child, 5_000)));
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the children and dropping ${scratch.name}`);
    cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const rows = await run(options, scratch, dir);
    console.table(
      rows.map(({ name, median, unit, baseline, ratio, note }) => ({
        name,
        median,
        unit,
        baseline,
        ratio,
        note: note ?? "",
      })),
    );
    if (!options.quick) {
      const path = `${here}results.json`;
      const stored = JSON.parse(readFileSync(path, "utf8")) as BenchResult[];
      writeFileSync(path, `${JSON.stringify(mergeResults(stored, rows), null, 2)}\n`);
      log("bench/results.json updated");
    }
  } finally {
    await cleanUp();
  }
}

await main();
