import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook } from "@lendstack/core/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

function bookRecords(count: number, seed: number): Array<Record<string, unknown>> {
  return sampleBook(count, seed).map((input) => ({ ...unwrap(exportLoan(input)) }));
}

async function postImport(token: string, body: Record<string, unknown>) {
  const response = await api.call("POST", "/v1/imports", { token, body });
  const created = await json(response);
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

async function results(token: string, importId: unknown) {
  const response = await api.call("GET", `/v1/imports/${importId}/results`, { token });
  return (await json(response)).data as Array<Record<string, unknown>>;
}

const lines = (records: ReadonlyArray<object>) => records.map((record) => JSON.stringify(record)).join("\n");

describe("import checks per row", () => {
  it("a dry run reports the source ids the tenant already has as already_boarded, with the loan", async () => {
    const token = await api.token("checks-boarded");
    const productId = await createProduct(api, token);
    const records = bookRecords(3, 31);
    const first = await postImport(token, {
      format: "jsonl",
      data: lines(records.slice(0, 2)),
      mode: "commit",
      productId,
    });
    expect(first.totals).toMatchObject({ boarded: 2 });
    const boardedIds = (await results(token, first.id)).map((r) => r.loanId);

    const dry = await postImport(token, { format: "jsonl", data: lines(records), mode: "dry_run", productId });
    expect(dry.totals).toMatchObject({ rows: 3, matched: 3, alreadyBoarded: 2, boarded: 0 });
    const rows = await results(token, dry.id);
    expect(rows.map((r) => [r.sourceId, r.outcome, r.loanId])).toEqual([
      ["SRC-31-0", "already_boarded", boardedIds[0]],
      ["SRC-31-1", "already_boarded", boardedIds[1]],
      ["SRC-31-2", null, null],
    ]);
    const commit = await postImport(token, { format: "jsonl", data: lines(records), mode: "commit", productId });
    expect(commit).toMatchObject({ progress: { processed: 1, total: 1 }, totals: { boarded: 1, alreadyBoarded: 2 } });
  });

  it("refuses a row whose terms break the product's limits, naming the field", async () => {
    const token = await api.token("checks-limits");
    const productId = await createProduct(api, token);
    const [good, low] = bookRecords(2, 32);
    const terms = { ...(low?.terms as object), annualRatePercent: "5.5", numberOfPayments: "72" };
    const data = lines([good as object, { ...low, terms }]);
    const created = await postImport(token, { format: "jsonl", data, mode: "dry_run", productId });
    expect(created.totals).toMatchObject({ rows: 2, matched: 1, refused: 1 });
    const refused = (await results(token, created.id)).find((r) => r.status === "refused");
    expect(refused).toMatchObject({ row: 2, sourceId: "SRC-32-1" });
    expect(refused?.errors).toEqual([
      { path: "terms.numberOfPayments", code: "term_out_of_range", reason: "72 is outside 12..60" },
      {
        path: "terms.annualRatePercent",
        code: "rate_out_of_range",
        reason: "the rate is outside the product's 7.99%..35.99%",
      },
    ]);
  });
});
