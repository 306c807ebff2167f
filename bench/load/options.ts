/**
 * The pure parts of `npm run bench:load`: its arguments, latency percentiles, the extrapolation to a
 * million loans and how its rows join the other suites' in bench/results.json.
 */
import { parseArgs } from "node:util";
import type { BenchResult } from "../harness.js";

/** What one run of the load benchmark does. @example parseLoadArgs(["--quick"], {}) */
export interface LoadOptions {
  /** Loans in the book the daily close runs over. */
  readonly bookLoans: number;
  /** Loans the HTTP rows spread their requests over (each row its own set). */
  readonly httpLoans: number;
  /** Seconds each HTTP row drives the server. */
  readonly durationSeconds: number;
  /** Requests in flight at once (autocannon connections). */
  readonly connections: number;
  /** Close-day worker processes run side by side. */
  readonly workers: number;
  /** API processes of the server (`LENDSTACK_PROCESSES`); the HTTP rows' names say it when more than one. */
  readonly processes: number;
  /** Which rows to measure: the HTTP rows, the close's, or both. */
  readonly rows: { readonly http: boolean; readonly close: boolean };
  /** Smoke mode: a small book, short rows, results.json left alone. */
  readonly quick: boolean;
  /** The admin connection the scratch database is created (and dropped) through. */
  readonly adminUrl: string;
}

const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test";

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll("_", ""));
  if (!/^[\d_]+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`bench:load --${flag} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return parsed;
}

function rowSelection(value: string | undefined): LoadOptions["rows"] {
  if (value === undefined) return { http: true, close: true };
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => name !== "http" && name !== "close");
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`bench:load --rows takes "http", "close" or "http,close", not "${value}"`);
  }
  return { http: names.includes("http"), close: names.includes("close") };
}

/**
 * Reads `npm run bench:load -- [--quick] [--loans 100000] [--duration 10] [--connections 32] [--workers 2]
 * [--processes 1] [--rows http,close]`;
 * `DATABASE_URL` names the admin connection (default postgres://postgres@127.0.0.1:5432/test).
 *
 * @example
 * parseLoadArgs(["--loans", "200000"], {}).bookLoans; // 200000
 * parseLoadArgs(["--quick"], {}); // 10,000 loans, 3 s rows
 * parseLoadArgs(["--rows", "http", "--processes", "2"], {}).rows; // { http: true, close: false }
 */
export function parseLoadArgs(argv: ReadonlyArray<string>, env: Readonly<Record<string, string | undefined>>) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      loans: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      workers: { type: "string" },
      processes: { type: "string" },
      rows: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick === true;
  const options: LoadOptions = {
    quick,
    bookLoans: wholeNumber("loans", values.loans, quick ? 10_000 : 100_000, 2_000, 10_000_000),
    httpLoans: 1_000,
    durationSeconds: wholeNumber("duration", values.duration, quick ? 3 : 10, 1, 600),
    connections: wholeNumber("connections", values.connections, 32, 1, 1_024),
    workers: wholeNumber("workers", values.workers, 2, 1, 16),
    processes: wholeNumber("processes", values.processes, 1, 1, 64),
    rows: rowSelection(values.rows),
    adminUrl: env.DATABASE_URL ?? DEFAULT_ADMIN_URL,
  };
  return options;
}

/**
 * The value at percentile `p` (0-100) of ascending `sorted` values, nearest-rank; NaN for none.
 *
 * @example
 * percentile([1, 2, 3, 4], 50); // 2
 */
export function percentile(sorted: ReadonlyArray<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Seconds to close `loans` loans at `loansPerSecond` (the rate measured on a smaller book).
 *
 * @example
 * secondsFor(1_000_000, 2_000); // 500
 */
export function secondsFor(loans: number, loansPerSecond: number): number {
  if (!(loansPerSecond > 0)) throw new Error(`cannot extrapolate from a rate of ${loansPerSecond} loans/s`);
  return loans / loansPerSecond;
}

/**
 * A duration for a note: `42 s`, `10.5 min`, `2.1 h`.
 *
 * @example
 * formatDuration(630); // "10.5 min"
 */
export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7_200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3_600).toFixed(1)} h`;
}

/**
 * bench/results.json after a load run: each fresh row replaces the stored row of the same name in place,
 * new rows go last, and every other suite's rows stay as they were.
 *
 * @example
 * mergeResults(JSON.parse(readFileSync("bench/results.json", "utf8")), rows);
 */
export function mergeResults(stored: ReadonlyArray<BenchResult>, fresh: ReadonlyArray<BenchResult>): BenchResult[] {
  const byName = new Map(fresh.map((row) => [row.name, row]));
  const merged = stored.map((row) => byName.get(row.name) ?? row);
  const storedNames = new Set(stored.map((row) => row.name));
  return [...merged, ...fresh.filter((row) => !storedNames.has(row.name))];
}

/** The rows `npm run bench:load` owns (`npm run bench` keeps them when it rewrites results.json). @example isLoadRow("http.quotes") */
export function isLoadRow(name: string): boolean {
  return name.startsWith("http.") || name.startsWith("close.");
}

/**
 * The URL of database `name` on the server of `adminUrl` (same user, host and options).
 *
 * @example
 * databaseUrl("postgres://postgres@127.0.0.1:5432/test", "lendstack_load_1"); // "postgres://postgres@127.0.0.1:5432/lendstack_load_1"
 */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
