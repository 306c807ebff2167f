import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { type SeededTenant, seedTenant } from "./seed.js";
import { errorCodes, requiredQuery, specOperations } from "./spec.js";
import { validValue } from "./spec-values.js";

/**
 * The other half of the fuzz (issue 15): requests the schema accepts, with one value pushed to an
 * extreme (2^53 - 1, 2^31, 10^15, 0, -1, the first and last business dates, a leap day, long decimal
 * strings). They may succeed or be refused, but never with a 5xx and never slowly; afterwards every read
 * of the tenant still answers. It found a loan replayed to 9999-12-31 holding a request for minutes.
 * `FUZZ_EXTREME_RUNS` sets the count (default 2,000); `FUZZ_SEED` replays a run.
 */
const RUNS = Number(process.env.FUZZ_EXTREME_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SLOW_MS = 2_000;

const NUMBERS = [
  9_007_199_254_740_991, -9_007_199_254_740_991, 2_147_483_647, 2_147_483_648, 1e15, 0, -1, 1e-9, 99_999_999,
];
const TEXTS = [
  "1900-01-01",
  "2199-12-31",
  "2024-02-29",
  "2025-02-29",
  "99999999999999999999.99",
  "1e308",
  "-5",
  "0.0000000000000000001",
  "100",
  "-0",
];

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let tenant: SeededTenant;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 64 * 1024 });
  token = await api.token("fuzz-extremes");
  tenant = await seedTenant(api, token, "fuzz-extremes-tenant");
});
afterAll(() => testDatabase.dispose());

type Path = Array<string | number>;

function leaves(value: unknown, path: Path, out: Array<{ path: Path; value: unknown }>) {
  if (Array.isArray(value)) for (const [index, item] of value.entries()) leaves(item, [...path, index], out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], out);
  } else out.push({ path, value });
  return out;
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = replacement;
  return copy;
}

function problemIsDeclared(status: number, text: string, codes: ReadonlySet<string>): boolean {
  const problem = JSON.parse(text) as { code?: string; status?: number };
  if (problem.status !== status || typeof problem.code !== "string") return false;
  return codes.has(problem.code) || status === (problem.code.endsWith("_not_found") ? 404 : 422);
}

describe("schema-valid extremes", () => {
  it(`never get a 5xx or a slow answer in ${RUNS} requests (seed ${SEED})`, async () => {
    const operations = specOperations().filter((operation) => operation.operation.requestBody !== undefined);
    const codes = errorCodes();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(operations.length - 1), fc.gen(), async (index, g) => {
        const operation = operations[index] as (typeof operations)[number];
        const schema = operation.operation.requestBody.content["application/json"].schema;
        const body = validValue(schema, "", tenant.ids);
        const candidates = leaves(body, [], []).filter((leaf) => typeof leaf.value !== "boolean");
        if (candidates.length === 0) return true;
        const target = candidates[g(fc.nat, candidates.length - 1)] as (typeof candidates)[number];
        const pool: ReadonlyArray<unknown> = typeof target.value === "number" ? NUMBERS : TEXTS;
        const value = pool[g(fc.nat, pool.length - 1)];
        const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => tenant.params[name] ?? "x");
        const started = Date.now();
        const response = await api.call(operation.method, path, { token, body: setAt(body, target.path, value) });
        const elapsed = Date.now() - started;
        slowest = Math.max(slowest, elapsed);
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const what = `${operation.operationId} /${target.path.join("/")}=${JSON.stringify(value)}`;
        if (response.status >= 500) failures.push(`${response.status} ${what}: ${text.slice(0, 200)}`);
        else if (elapsed > SLOW_MS) failures.push(`${elapsed} ms ${what}`);
        else if (response.status >= 400 && !problemIsDeclared(response.status, text, codes)) {
          failures.push(`undeclared problem ${what}: ${text.slice(0, 200)}`);
        }
        return true;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    for (const operation of specOperations().filter((candidate) => candidate.method === "GET")) {
      const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => tenant.params[name] ?? "x");
      const query = requiredQuery(operation)
        .map((parameter) => `${parameter.name}=${String(validValue(parameter.schema, parameter.name, tenant.ids))}`)
        .join("&");
      const response = await api.call("GET", query === "" ? path : `${path}?${query}`, { token });
      if (response.status >= 500) failures.push(`read afterwards: ${operation.operationId} ${response.status}`);
    }
    console.log(
      `fuzz extremes: ${RUNS} requests on ${testDatabase.database.kind} (seed ${SEED}); statuses ` +
        `${JSON.stringify(Object.fromEntries([...statuses].sort()))}; slowest ${slowest} ms; failures ${failures.length}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
