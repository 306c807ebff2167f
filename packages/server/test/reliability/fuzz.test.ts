import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allScopes } from "../../src/resources.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { buildBadRequest, type FuzzContext, type FuzzRequest } from "./fuzz-requests.js";
import { type SeededTenant, seedTenant } from "./seed.js";
import { errorCodes, requiredQuery, specOperations } from "./spec.js";
import { validValue } from "./spec-values.js";

/**
 * Bad requests generated from openapi/openapi.json for every operation (issue 15): none may get a 5xx or
 * a 2xx; every 4xx is an application/problem+json whose code the spec declares; nothing changes.
 * `FUZZ_RUNS` (default 10,000) sets the count, `FUZZ_SEED` replays a run; `DATABASE_URL` runs it on
 * PostgreSQL.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const BODY_LIMIT_BYTES = 64 * 1024;

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
/** Reads without `pii:read`: a read that reveals PII writes an audit record (by design), so it would change the state compared. */
let readToken: string;
let tenant: SeededTenant;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: BODY_LIMIT_BYTES });
  token = await api.token("fuzz");
  tenant = await seedTenant(api, token, "fuzz-tenant");
  readToken = await api.token(
    "fuzz",
    allScopes().filter((scope) => scope !== "pii:read"),
  );
});
afterAll(() => testDatabase.dispose());

/** Row counts of every table but the idempotency keys (a refused request stores none anyway). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await testDatabase.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const row of rowsOf(tables)) {
    const name = String(row.table_name);
    const result = await testDatabase.db.execute(sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = Number(rowsOf(result)[0]?.n);
  }
  return counts;
}

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(result) ? result : (result as { rows: Array<Record<string, unknown>> }).rows) as Array<
    Record<string, unknown>
  >;
}

/** Every GET of the spec with the seeded ids and its required query, as text: what a client can see of the tenant. */
async function visibleState(): Promise<string> {
  const pages: string[] = [];
  for (const operation of specOperations().filter((candidate) => candidate.method === "GET")) {
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => tenant.params[name] ?? "x");
    const query = requiredQuery(operation)
      .map((parameter) => `${parameter.name}=${String(validValue(parameter.schema, parameter.name, tenant.ids))}`)
      .join("&");
    const response = await api.call("GET", query === "" ? path : `${path}?${query}`, { token: readToken });
    const text = (await response.text()).replace(/"requestId":"[^"]*"/g, "");
    pages.push(`${operation.operationId} ${response.status} ${text}`);
  }
  return pages.join("\n");
}

interface Finding {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly problem: string;
}

function summarise(request: FuzzRequest): string {
  const body =
    request.body === undefined ? "" : ` body=${request.body.slice(0, 200)}${request.body.length > 200 ? "…" : ""}`;
  return `${request.operationId} [${request.kind}] ${request.method} ${request.url.slice(0, 200)}${body}`;
}

describe("fuzzing every operation of the spec with bad requests", () => {
  it(`gets a 4xx problem for each of ${RUNS} requests and changes nothing (seed ${SEED})`, async () => {
    const operations = specOperations();
    const context: FuzzContext = { params: tenant.params, ids: tenant.ids, bodyLimitBytes: BODY_LIMIT_BYTES };
    const codes = errorCodes();
    const countsBefore = await rowCounts();
    const visibleBefore = await visibleState();

    const serverErrors: Finding[] = [];
    const accepted: Finding[] = [];
    const badProblems: Finding[] = [];
    const byStatus = new Map<number, number>();
    const byKind = new Map<string, number>();
    const started = Date.now();

    await fc.assert(
      fc.asyncProperty(fc.nat(operations.length - 1), fc.gen(), async (index, g) => {
        const request = buildBadRequest(g, operations[index] as (typeof operations)[number], context);
        const response = await api.app.request(request.url, {
          method: request.method,
          headers: { authorization: `Bearer ${token}`, ...request.headers },
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        const text = await response.text();
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        const kind = request.kind.split(":")[0] as string;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        const finding = { request, status: response.status, problem: text.slice(0, 300) };
        if (response.status >= 500) serverErrors.push(finding);
        else if (response.status < 400) accepted.push(finding);
        else if (!isDeclaredProblem(response, text, codes)) badProblems.push(finding);
        return true;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${RUNS} requests on ${testDatabase.database.kind} in ${seconds.toFixed(1)} s (seed ${SEED}); ` +
        `statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; kinds ${JSON.stringify(Object.fromEntries(byKind))}; ` +
        `5xx ${serverErrors.length}, accepted ${accepted.length}, malformed problems ${badProblems.length}`,
    );
    const show = (findings: Finding[]) =>
      findings.slice(0, 10).map((finding) => `${finding.status} ${summarise(finding.request)} -> ${finding.problem}`);
    expect(show(serverErrors), "5xx").toEqual([]);
    expect(show(accepted), "bad requests accepted").toEqual([]);
    expect(show(badProblems), "4xx without a declared problem document").toEqual([]);
    expect(await rowCounts()).toEqual(countsBefore);
    expect(await visibleState()).toBe(visibleBefore);
  }, 600_000);
});

/**
 * A 4xx as the spec promises it: application/problem+json whose `status` is the response's, and whose
 * `code` is in the `ErrorCode` enum — or, as the Problem schema says, a domain rule's own snake_case
 * code: 404 when it ends in `_not_found`, else 422.
 */
function isDeclaredProblem(response: Response, text: string, codes: ReadonlySet<string>): boolean {
  if (response.headers.get("content-type") !== "application/problem+json") return false;
  let problem: { status?: unknown; code?: unknown };
  try {
    problem = JSON.parse(text);
  } catch {
    return false;
  }
  if (problem.status !== response.status || typeof problem.code !== "string") return false;
  if (codes.has(problem.code)) return true;
  const domainStatus = problem.code.endsWith("_not_found") ? 404 : 422;
  return /^[a-z][a-z0-9_]*$/.test(problem.code) && response.status === domainStatus;
}
