/**
 * The pure helpers of `npm run bench:load` (bench/load/options.ts): arguments, percentiles, the
 * million-loan extrapolation and how its rows join bench/results.json.
 */
import { describe, expect, it } from "vitest";
import type { BenchResult } from "../bench/harness.js";
import {
  databaseUrl,
  formatDuration,
  isLoadRow,
  mergeResults,
  parseLoadArgs,
  percentile,
  secondsFor,
} from "../bench/load/options.js";

const row = (name: string, median: number): BenchResult => ({ name, median, unit: "ops/s", baseline: 1, ratio: 1 });

describe("parseLoadArgs", () => {
  it("defaults to a full run: 100,000 loans, 10 s rows, 32 connections, two workers, the test database", () => {
    expect(parseLoadArgs([], {})).toEqual({
      quick: false,
      bookLoans: 100_000,
      httpLoans: 1_000,
      durationSeconds: 10,
      connections: 32,
      workers: 2,
      processes: 1,
      rows: { http: true, close: true },
      adminUrl: "postgres://postgres@127.0.0.1:5432/test",
    });
  });

  it("--quick is 10,000 loans and 3 s rows; flags and DATABASE_URL override", () => {
    const options = parseLoadArgs(["--quick", "--loans", "20_000", "--connections", "64"], {
      DATABASE_URL: "postgres://u@db:5433/x",
    });
    expect(options).toMatchObject({ quick: true, bookLoans: 20_000, durationSeconds: 3, connections: 64 });
    expect(options.adminUrl).toBe("postgres://u@db:5433/x");
  });

  it.each([
    [["--loans", "1.5"], '--loans must be a whole number from 2000 to 10000000, not "1.5"'],
    [["--loans", "100"], '--loans must be a whole number from 2000 to 10000000, not "100"'],
    [["--duration", "0"], '--duration must be a whole number from 1 to 600, not "0"'],
    [["--workers", "17"], '--workers must be a whole number from 1 to 16, not "17"'],
    [["--processes", "0"], '--processes must be a whole number from 1 to 64, not "0"'],
    [["--rows", "htp"], 'bench:load --rows takes "http", "close" or "http,close", not "htp"'],
    [["--rows", ""], 'bench:load --rows takes "http", "close" or "http,close", not ""'],
  ])("refuses %j", (argv, message) => {
    expect(() => parseLoadArgs(argv, {})).toThrow(message);
  });

  it("--rows picks the HTTP rows, the close's, or both", () => {
    expect(parseLoadArgs(["--rows", "http"], {}).rows).toEqual({ http: true, close: false });
    expect(parseLoadArgs(["--rows", "close"], {}).rows).toEqual({ http: false, close: true });
    expect(parseLoadArgs(["--rows", "close,http"], {}).rows).toEqual({ http: true, close: true });
  });

  it("refuses an unknown flag", () => {
    expect(() => parseLoadArgs(["--lons", "5"], {})).toThrow(/Unknown option '--lons'/);
  });
});

describe("percentile (nearest rank)", () => {
  it.each([
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 99, 4],
    [[1, 2, 3, 4], 0, 1],
    [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
    [[7], 50, 7],
  ])("%j at p%d is %d", (values, p, want) => {
    expect(percentile(values, p)).toBe(want);
  });

  it("is NaN for no values", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("extrapolation to a million loans", () => {
  it("is the book over the rate, shown in the unit that reads best", () => {
    expect(secondsFor(1_000_000, 2_000)).toBe(500);
    expect(formatDuration(secondsFor(1_000_000, 3_333))).toBe("5.0 min");
    expect(formatDuration(secondsFor(1_000_000, 87))).toBe("3.2 h");
    expect(formatDuration(59.6)).toBe("60 s");
  });

  it("refuses a rate of zero", () => {
    expect(() => secondsFor(1_000_000, 0)).toThrow("cannot extrapolate");
  });
});

describe("mergeResults", () => {
  it("replaces the stored rows of the same name in place, appends new ones, keeps the others", () => {
    const stored = [row("schedule.annuity.360", 1), row("http.payments", 100), row("apr.solve.360", 2)];
    const merged = mergeResults(stored, [row("http.payments", 250), row("close.loans-per-second", 900)]);
    expect(merged.map((r) => [r.name, r.median])).toEqual([
      ["schedule.annuity.360", 1],
      ["http.payments", 250],
      ["apr.solve.360", 2],
      ["close.loans-per-second", 900],
    ]);
  });

  it("knows its own rows by prefix", () => {
    expect(["http.quotes", "close.worker.rss", "servicing.daily-close.loan"].map(isLoadRow)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("databaseUrl", () => {
  it("keeps user, host, port and options, and names the database", () => {
    expect(databaseUrl("postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "lendstack_load_7")).toBe(
      "postgres://postgres@127.0.0.1:5432/lendstack_load_7?sslmode=disable",
    );
  });
});
