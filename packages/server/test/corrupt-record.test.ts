import { date } from "@lendstack/core/calendar";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loanEvents, loanSnapshots, loans } from "../src/db/schema/index.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { capturedLog, expectCorrupt as expectCorruptRecord } from "./helpers/corrupt-record.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, standardTerms } from "./loans-helpers.js";

// A row altered outside the API (here with SQL) is refused by its schema when read: a 500 `corrupt_record`
// that names nothing of the row, a log line that names the table, the row and the column, nothing changed —
// never a state computed from a wrong value.

let testDatabase: TestDatabase;
let api: TestApp;
const log = capturedLog();

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { logger: log.logger });
});
afterAll(() => testDatabase.dispose());

const expectCorrupt = (response: Response, path: string, logged: ReadonlyArray<string>) =>
  expectCorruptRecord(response, path, logged, log.lines);

async function eventRows(loanId: string): Promise<number> {
  const [row] = await testDatabase.db.select({ n: count() }).from(loanEvents).where(eq(loanEvents.loanId, loanId));
  return row?.n ?? 0;
}

describe("a corrupt stored row", () => {
  it("a loan event whose amount is not an integer: 500 corrupt_record on read and on change; nothing appended", async () => {
    const token = await api.token("corrupt-event");
    const productId = await createProduct(api, token);
    const loan = await board(api, token, productId);
    expect((await pay(api, token, String(loan.id), 88_849, "2025-02-01")).status).toBe(201);
    await testDatabase.db.execute(
      sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"88849.5"') where loan_id = ${loan.id} and type = 'payment'`,
    );
    // The schedule replays every event (the loan's summary read would continue its checkpoint).
    const schedulePath = `/v1/loans/${loan.id}/schedule`;
    await expectCorrupt(await api.call("GET", schedulePath, { token }), schedulePath, [
      "loan_events",
      String(loan.id),
      "payload",
      "amountMinor",
    ]);
    const before = await eventRows(String(loan.id));
    // Dated before the loan's checkpoint (its state after the 02-01 payment), the change replays every event;
    // one dated after it would continue the checkpoint and read none (loans-checkpoints.test.ts).
    const payment = await pay(api, token, String(loan.id), 100, "2025-01-20");
    await expectCorrupt(payment, `/v1/loans/${loan.id}/payments`, ["loan_events", String(loan.id)]);
    expect(await eventRows(String(loan.id))).toBe(before);
    const events = await api.call("GET", `/v1/loans/${loan.id}/events`, { token });
    await expectCorrupt(events, `/v1/loans/${loan.id}/events`, ["loan_events"]);
  });

  it("a loan whose policy lost its waterfall, or whose terms lost their rate: 500 corrupt_record", async () => {
    const token = await api.token("corrupt-loan");
    const productId = await createProduct(api, token);
    const first = await board(api, token, productId);
    await testDatabase.db.execute(sql`update loans set policy = policy - 'waterfall' where id = ${first.id}`);
    await expectCorrupt(await api.call("GET", `/v1/loans/${first.id}`, { token }), `/v1/loans/${first.id}`, [
      `"table":"loans"`,
      String(first.id),
      `"column":"policy"`,
      "waterfall",
    ]);
    const second = await board(api, token, productId);
    await testDatabase.db.execute(
      sql`update loans set terms = jsonb_set(terms, '{annualRatePercent}', '"twelve"') where id = ${second.id}`,
    );
    await expectCorrupt(await api.call("GET", "/v1/loans", { token }), "/v1/loans", [
      String(second.id),
      `"column":"terms"`,
    ]);
  });

  it("tenant settings whose holidays are not dates: 500 corrupt_record on every request, no payment posted", async () => {
    const token = await api.token("corrupt-settings");
    const loan = await board(api, token, await createProduct(api, token));
    expect((await api.call("PATCH", "/v1/settings", { token, body: { holidays: ["2025-12-25"] } })).status).toBe(200);
    await testDatabase.db.execute(
      sql`update tenant_settings set holidays = '["Christmas"]'::jsonb where tenant_id = 'corrupt-settings'`,
    );
    // The settings are read in the statement that opens the tenant scope, before any handler runs.
    await expectCorrupt(await api.call("GET", `/v1/loans/${loan.id}`, { token }), `/v1/loans/${loan.id}`, [
      "tenant_settings",
      "corrupt-settings",
      "holidays",
    ]);
    const before = await eventRows(String(loan.id));
    // Dated before the loan's checkpoint (its state after the 02-01 payment), the change replays every event;
    // one dated after it would continue the checkpoint and read none (loans-checkpoints.test.ts).
    const payment = await pay(api, token, String(loan.id), 100, "2025-01-20");
    await expectCorrupt(payment, `/v1/loans/${loan.id}/payments`, ["tenant_settings"]);
    expect(await eventRows(String(loan.id))).toBe(before);
  });

  it("a product definition the schema refuses: 500 corrupt_record when read and when a loan is boarded on it", async () => {
    const token = await api.token("corrupt-product");
    const productId = await createProduct(api, token);
    await testDatabase.db.execute(
      sql`update product_versions set definition = jsonb_set(definition, '{interestMethod}', '"compound"') where product_id = ${productId}`,
    );
    await expectCorrupt(await api.call("GET", `/v1/products/${productId}`, { token }), `/v1/products/${productId}`, [
      "product_versions",
      productId,
      "interestMethod",
    ]);
    const boarding = await api.call("POST", "/v1/loans", { token, body: { productId, ...standardTerms } });
    await expectCorrupt(boarding, "/v1/loans", ["product_versions", productId]);
    expect(await testDatabase.db.select().from(loans).where(eq(loans.productId, productId))).toEqual([]);
  });

  it("the daily close records a corrupt loan as a failure and closes the others", async () => {
    const token = await api.token("corrupt-close");
    const productId = await createProduct(api, token);
    const healthy = await board(api, token, productId);
    const corrupt = await board(api, token, productId);
    await testDatabase.db.execute(
      sql`update loan_events set payload = '{"amountMinor": 1000000}'::jsonb where loan_id = ${corrupt.id}`,
    );
    const result = await closeDay(
      testDatabase.db,
      { tenantId: "corrupt-close", businessDate: date("2025-03-01"), batchSize: 10 },
      { clock: api.clock, ids: api.ids },
    );
    expect(result.failures).toEqual([
      expect.objectContaining({ tenantId: "corrupt-close", loanId: corrupt.id, code: "corrupt_record" }),
    ]);
    expect(result.failures[0]?.message).toContain("amountMinor");
    expect(result.snapshotsWritten).toBe(1);
    const snapshots = await testDatabase.db
      .select({ loanId: loanSnapshots.loanId })
      .from(loanSnapshots)
      .where(eq(loanSnapshots.tenantId, "corrupt-close"));
    expect(snapshots).toEqual([{ loanId: healthy.id }]);
  });
});
