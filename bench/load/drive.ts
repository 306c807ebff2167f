/**
 * Driving the server: autocannon on loopback against the child, and the same requests in-process
 * through `app.request` (no socket, no HTTP parsing, no load generator) as each row's baseline.
 */
import autocannon from "autocannon";
import { percentile } from "./options.js";

/** One request of a row, made fresh for each send (`n` counts sends from 0). */
export interface RequestShape {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

/** A row's measurement. @example const { perSecond, p99Ms } = await driveHttp(…); */
export interface Throughput {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Socket errors, timeouts and answers other than 2xx. */
  readonly errors: number;
  readonly total: number;
}

/**
 * Sends `make(n)` requests to `url` over `connections` connections for `seconds`, authenticated with
 * `token`. Each connection waits for its answer before sending again (no pipelining).
 *
 * @example
 * const result = await driveHttp(server.url, server.token, (n) => ({ method: "GET", path: `/v1/loans/${ids[n % 1000]}` }), 32, 10);
 */
export async function driveHttp(
  url: string,
  token: string,
  make: (n: number) => RequestShape,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  let sent = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const shape = make(sent++);
          return {
            ...request,
            method: shape.method,
            path: shape.path,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...shape.headers },
            ...(shape.body === undefined ? {} : { body: shape.body }),
          };
        },
      },
    ],
  });
  return {
    perSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/**
 * The same requests through `fetch`-shaped `handle` (the app's `request`) in this process: `connections`
 * loops, each awaiting its answer before the next, for `seconds`.
 *
 * @example
 * const result = await driveInProcess((input, init) => app.request(input, init), token, make, 32, 5);
 */
export async function driveInProcess(
  handle: (path: string, init: RequestInit) => Response | Promise<Response>,
  token: string,
  make: (n: number) => RequestShape,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  let sent = 0;
  let errors = 0;
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  const loop = async () => {
    while (performance.now() < end) {
      const shape = make(sent++);
      const before = performance.now();
      const response = await handle(shape.path, {
        method: shape.method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...shape.headers },
        ...(shape.body === undefined ? {} : { body: shape.body }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - before);
      if (response.status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    total: latencies.length,
  };
}

/**
 * Payments of one dollar (100 minor units) dated `today`, the `n`-th on loan `n mod count`, each with its own
 * Idempotency-Key: consecutive requests go to different loans, so two in flight rarely meet on one.
 *
 * @example
 * const make = payments(loanIds, "2026-12-04", "bench-1");
 */
export function payments(loanIds: ReadonlyArray<string>, today: string, keyPrefix: string) {
  const body = JSON.stringify({ amount: 100, currency: "USD", effectiveDate: today });
  return (n: number): RequestShape => ({
    method: "POST",
    path: `/v1/loans/${loanIds[n % loanIds.length]}/payments`,
    body,
    headers: { "idempotency-key": `${keyPrefix}-${n}` },
  });
}

/** Loan reads, the `n`-th of loan `n mod count`. @example const make = loanReads(loanIds); */
export function loanReads(loanIds: ReadonlyArray<string>) {
  return (n: number): RequestShape => ({ method: "GET", path: `/v1/loans/${loanIds[n % loanIds.length]}` });
}

/** Quotes under the personal loan product, amounts varying by request. @example const make = quotes(productId, today); */
export function quotes(productId: string, today: string) {
  return (n: number): RequestShape => ({
    method: "POST",
    path: "/v1/quotes",
    body: JSON.stringify({
      productId,
      amount: 500_000 + (n % 100) * 10_000,
      currency: "USD",
      numberOfPayments: 36,
      disbursementDate: today,
    }),
  });
}
