import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/database.js";
import { imports } from "../src/db/schema/index.js";
import { createIdGenerator } from "../src/ids.js";
import { boardQueuedImport, IMPORT_MAX_ATTEMPTS } from "../src/imports/worker.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { importResults, postImport, sampleBookLines } from "./imports-helpers.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

/** A clock the test moves: `later(ms)` jumps it (past a lease). */
function movableClock(start: string) {
  let at = Date.parse(start);
  const clock = () => {
    at += 1_000;
    return new Date(at);
  };
  return { clock, later: (ms: number) => (at += ms) };
}

/** The database as a worker sees it when the server went away after its claim committed. */
function unavailableAfterClaim(db: Db): Db {
  let claims = 0;
  const refused = () => {
    throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  };
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "transaction" && claims === 0) {
        claims += 1;
        return (target.transaction as (...a: unknown[]) => unknown).bind(target);
      }
      if (["select", "update", "insert", "delete", "execute", "transaction"].includes(String(property))) return refused;
      return Reflect.get(target, property, receiver);
    },
  });
}

async function backgroundImport(token: string, productId: string, count: number, seed: number) {
  return postImport(api, token, {
    format: "jsonl",
    data: sampleBookLines(count, seed),
    mode: "commit",
    productId,
    background: true,
  });
}

async function getImport(token: string, id: unknown) {
  const response = await api.call("GET", `/v1/imports/${id}`, { token });
  expect(response.status).toBe(200);
  return json(response);
}

describe("a background import whose boarding fails for good", () => {
  it("is failed with the problem when its product was archived, and never retried", async () => {
    const token = await api.token("import-failures-archived");
    const productId = await createProduct(api, token);
    const created = await backgroundImport(token, productId, 3, 41);
    const archived = await api.call("POST", `/v1/products/${productId}/archive`, { token });
    expect(archived.status).toBe(200);
    const { clock, later } = movableClock("2026-07-01T12:00:00.000Z");
    const worker = { db: testDatabase.db, clock, ids: createIdGenerator({ clock }) };
    const first = await boardQueuedImport(worker);
    expect(first?.ok).toBe(false);
    expect(!first?.ok && first?.error.code).toBe("product_archived");
    expect(await getImport(token, created.id)).toMatchObject({
      status: "failed",
      failure: { code: "product_archived", reason: `Product ${productId} is archived and offers no new loans.` },
      attempts: 1,
      progress: { processed: 0, total: 3, boarded: 0 },
    });
    // Leases lapse, workers come and go: a failed import is never claimed again.
    later(10 * 60_000);
    expect(await boardQueuedImport(worker)).toBeUndefined();
    // A resumption answers it as it is and boards nothing.
    const resumed = await api.call("POST", `/v1/imports/${created.id}/resumptions`, { token });
    expect(resumed.status).toBe(200);
    expect(await json(resumed)).toMatchObject({ status: "failed", progress: { boarded: 0 } });
    const rows = await importResults(api, token, created.id);
    expect(rows.map((r) => r.outcome)).toEqual(["pending", "pending", "pending"]);
  });

  it("is failed with import_file_unreadable when its stored file no longer parses", async () => {
    const token = await api.token("import-failures-broken");
    const productId = await createProduct(api, token);
    const created = await backgroundImport(token, productId, 2, 42);
    await testDatabase.db
      .update(imports)
      .set({ data: '{"sourceId": "L1", broken' })
      .where(and(eq(imports.id, String(created.id))));
    const { clock, later } = movableClock("2026-07-01T12:00:00.000Z");
    const worker = { db: testDatabase.db, clock, ids: createIdGenerator({ clock }) };
    const first = await boardQueuedImport(worker);
    expect(!first?.ok && first?.error.code).toBe("import_file_unreadable");
    expect(await getImport(token, created.id)).toMatchObject({
      status: "failed",
      failure: {
        code: "import_file_unreadable",
        reason: "the stored file no longer parses to the 2 pending row(s) (1, 2…)",
      },
    });
    later(10 * 60_000);
    expect(await boardQueuedImport(worker)).toBeUndefined();
  });
});

describe("a background import whose worker loses the database", () => {
  it("is retried when the lease lapses, and boards every loan once the database is back", async () => {
    const token = await api.token("import-failures-transient");
    const productId = await createProduct(api, token);
    const created = await backgroundImport(token, productId, 3, 43);
    const { clock, later } = movableClock("2026-07-01T12:00:00.000Z");
    const ids = createIdGenerator({ clock });
    const cut = boardQueuedImport({ db: unavailableAfterClaim(testDatabase.db), clock, ids });
    await expect(cut).rejects.toMatchObject({ code: "ECONNREFUSED" });
    // The claim committed (one attempt, the lease held); nothing else could be written.
    expect(await getImport(token, created.id)).toMatchObject({ status: "boarding", attempts: 1, failure: null });
    expect(await boardQueuedImport({ db: testDatabase.db, clock, ids })).toBeUndefined();
    later(IMPORT_LEASE_LAPSE);
    const retried = await boardQueuedImport({ db: testDatabase.db, clock, ids });
    expect(retried?.ok && retried.value).toMatchObject({ status: "completed", boarded: 3, attempts: 1, failure: null });
    const rows = await importResults(api, token, created.id);
    expect(new Set(rows.map((r) => r.loanId)).size).toBe(3);
  });

  it(`is failed with import_attempts_exhausted after ${IMPORT_MAX_ATTEMPTS} claims without a batch boarded`, async () => {
    const token = await api.token("import-failures-exhausted");
    const productId = await createProduct(api, token);
    const created = await backgroundImport(token, productId, 2, 44);
    const { clock, later } = movableClock("2026-07-01T12:00:00.000Z");
    const ids = createIdGenerator({ clock });
    for (let attempt = 1; attempt <= IMPORT_MAX_ATTEMPTS; attempt += 1) {
      const pass = boardQueuedImport({ db: unavailableAfterClaim(testDatabase.db), clock, ids });
      await expect(pass).rejects.toMatchObject({ code: "ECONNREFUSED" });
      expect(await getImport(token, created.id)).toMatchObject({ status: "boarding", attempts: attempt });
      later(IMPORT_LEASE_LAPSE);
    }
    const last = await boardQueuedImport({ db: testDatabase.db, clock, ids });
    expect(!last?.ok && last?.error.code).toBe("import_attempts_exhausted");
    expect(await getImport(token, created.id)).toMatchObject({
      status: "failed",
      attempts: IMPORT_MAX_ATTEMPTS,
      failure: {
        code: "import_attempts_exhausted",
        reason: "5 workers in a row stopped before boarding a batch; post the file again to board the rest",
      },
      progress: { processed: 0, boarded: 0 },
    });
    later(IMPORT_LEASE_LAPSE);
    expect(await boardQueuedImport({ db: testDatabase.db, clock, ids })).toBeUndefined();
  });

  it("counts only claims without a batch boarded: a worker that boards before it dies starts the count again", async () => {
    const token = await api.token("import-failures-progress");
    const productId = await createProduct(api, token);
    const created = await backgroundImport(token, productId, 3, 45);
    const { clock, later } = movableClock("2026-07-01T12:00:00.000Z");
    const ids = createIdGenerator({ clock });
    const crash = new Error("worker killed");
    // Each worker boards one loan, then dies; two claims in a row without a batch would fail it.
    const dying = {
      db: testDatabase.db,
      clock,
      ids,
      maxAttempts: 2,
      batchSize: 1,
      afterBatch: () => Promise.reject(crash),
    };
    for (let boarded = 1; boarded <= 3; boarded += 1) {
      await expect(boardQueuedImport(dying)).rejects.toBe(crash);
      expect(await getImport(token, created.id)).toMatchObject({
        status: "boarding",
        attempts: 1,
        failure: {
          code: "worker_error",
          reason: "the worker stopped on an error (see its log); retried when the lease lapses",
        },
        progress: { processed: boarded, boarded },
      });
      later(IMPORT_LEASE_LAPSE);
    }
    const done = await boardQueuedImport({ db: testDatabase.db, clock, ids, maxAttempts: 2 });
    expect(done?.ok && done.value).toMatchObject({ status: "completed", boarded: 3, failure: null });
  });
});

const IMPORT_LEASE_LAPSE = 61_000;
