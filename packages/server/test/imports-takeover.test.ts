import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdGenerator } from "../src/ids.js";
import { boardQueuedImport } from "../src/imports/worker.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { importResults, postImport, sampleBookLines, steppingClock } from "./imports-helpers.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

describe("a background import whose worker dies", () => {
  it("is taken over by another worker when its worker dies: each loan boarded once", async () => {
    const token = await api.token("import-takeover");
    const productId = await createProduct(api, token);
    const data = sampleBookLines(5, 33);
    const created = await postImport(api, token, {
      format: "jsonl",
      data,
      mode: "commit",
      productId,
      background: true,
    });
    const clock = steppingClock("2026-07-01T12:00:00.000Z");
    const worker = { db: testDatabase.db, clock, ids: createIdGenerator({ clock }) };
    // The first worker dies after its first batch (two loans boarded), holding the lease for a minute.
    const crash = new Error("worker killed");
    const dying = boardQueuedImport({
      ...worker,
      batchSize: 2,
      afterBatch: async () => {
        throw crash;
      },
    });
    await expect(dying).rejects.toBe(crash);
    const stalled = await json(await api.call("GET", `/v1/imports/${created.id}`, { token }));
    expect(stalled).toMatchObject({ status: "boarding", progress: { processed: 2, boarded: 2, total: 5 } });
    expect(await boardQueuedImport(worker)).toBeUndefined();
    // Nor does a resumption board it while the lease holds: the import is answered as it is.
    const resumed = await api.call("POST", `/v1/imports/${created.id}/resumptions`, { token });
    expect(await json(resumed)).toMatchObject({ status: "boarding", progress: { processed: 2 } });
    // A minute on, the lease has lapsed: the next worker boards the three loans left.
    const later = () => new Date(clock().getTime() + 120_000);
    const taken = await boardQueuedImport({ ...worker, clock: later });
    expect(taken?.ok && taken.value).toMatchObject({ status: "completed", processed: 5, boarded: 5 });
    const rows = await importResults(api, token, created.id);
    expect(new Set(rows.map((r) => r.loanId)).size).toBe(5);
  });
});
