import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook } from "@lendstack/core/migration";
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

interface Progress {
  processed: number;
  total: number;
  boarded: number;
  failed: number;
  startedAt: string | null;
  updatedAt: string;
  estimatedCompletionAt: string | null;
}

describe("a background import's progress", () => {
  it("is on GET /v1/imports/{id} after every batch: processed, boarded, failed, an estimate", async () => {
    const token = await api.token("import-progress");
    const productId = await createProduct(api, token);
    // Five loans: four under the product, the last under none (boarding refuses it: product_required).
    const lines = sampleBook(5, 31).map((input, k) => {
      const record = unwrap(exportLoan(input));
      return JSON.stringify(k < 4 ? { ...record, productId } : record);
    });
    const created = await postImport(api, token, {
      format: "jsonl",
      data: lines.join("\n"),
      mode: "commit",
      background: true,
    });
    expect(created).toMatchObject({
      status: "boarding",
      background: true,
      progress: { processed: 0, total: 5, boarded: 0, failed: 0, startedAt: null, estimatedCompletionAt: null },
      totals: { rows: 5, matched: 5, boarded: 0 },
    });

    const seen: Array<{ status: string; progress: Progress }> = [];
    const clock = steppingClock("2026-07-01T12:00:00.000Z");
    const worker = { db: testDatabase.db, clock, ids: createIdGenerator({ clock }) };
    let rival: unknown = "not asked";
    const boarded = await boardQueuedImport({
      ...worker,
      batchSize: 2,
      afterBatch: async () => {
        const response = await api.call("GET", `/v1/imports/${created.id}`, { token });
        seen.push((await json(response)) as never);
        // A second worker finds nothing to take while this one holds the import.
        if (seen.length === 1) rival = await boardQueuedImport(worker);
      },
    });
    expect(boarded?.ok).toBe(true);
    expect(rival).toBeUndefined();
    expect(seen.map((s) => [s.status, s.progress.processed, s.progress.boarded, s.progress.failed])).toEqual([
      ["boarding", 2, 2, 0],
      ["boarding", 4, 4, 0],
      ["boarding", 5, 4, 1],
    ]);
    // The estimate: the rate so far (2 loans in the time since boarding started) over the 3 loans left.
    const first = seen[0]?.progress as Progress;
    const elapsed = Date.parse(first.updatedAt) - Date.parse(first.startedAt as string);
    expect(elapsed).toBeGreaterThan(0);
    expect(first.estimatedCompletionAt).toBe(new Date(Date.parse(first.updatedAt) + (elapsed * 3) / 2).toISOString());

    const done = await json(await api.call("GET", `/v1/imports/${created.id}`, { token }));
    expect(done).toMatchObject({
      status: "completed",
      progress: { processed: 5, total: 5, boarded: 4, failed: 1, estimatedCompletionAt: null },
      totals: { boarded: 4 },
    });
    const refused = (await importResults(api, token, created.id, "&outcome=not_boarded")) as unknown as Array<{
      row: number;
      errors: Array<{ code: string }>;
    }>;
    expect(refused.map((r) => [r.row, r.errors[0]?.code])).toEqual([[5, "product_required"]]);
    expect(await boardQueuedImport(worker)).toBeUndefined();
  });

  it("a commit without `background` boards within the request, as before", async () => {
    const token = await api.token("import-inline");
    const productId = await createProduct(api, token);
    const data = sampleBookLines(2, 32);
    const created = await postImport(api, token, { format: "jsonl", data, mode: "commit", productId });
    expect(created).toMatchObject({
      status: "completed",
      background: false,
      progress: { processed: 2, total: 2, boarded: 2, failed: 0, estimatedCompletionAt: null },
    });
  });
});
