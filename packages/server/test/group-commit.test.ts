import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../src/cli/audit-verify.js";
import { rowsOf } from "../src/db/rows.js";
import { CHECKPOINT_KEY } from "../src/loans/append-event.js";
import { findManyWithTenantSettings } from "../src/loans/checkpoint-store.js";
import { saveTenantSettings } from "../src/tenants/store.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, usd } from "./loans-helpers.js";

// Group commit (LENDSTACK_GROUP_COMMIT=on, loans/group-commit.ts): payments planned without a lock and stored in
// batches must answer and store exactly what a payment in its own transaction does, and keep its guarantees:
// concurrent payments on one loan all land in sequence, a key settles once, a refusal stores nothing.
let testDatabase: TestDatabase;
let grouped: TestApp;
let single: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  grouped = createTestApp(testDatabase.database, { groupCommit: true });
  single = createTestApp(testDatabase.database, { groupCommit: false });
});
afterAll(() => testDatabase.dispose());

const march = { disbursementDate: "2025-03-01", firstPaymentDate: "2025-04-01" };

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await testDatabase.db.execute(query));
  return Number(row?.n);
}

const postedEvents = (loanId: string) =>
  count(sql`select count(*) as n from events where resource_id = ${loanId} and type = 'loan.payment_posted'`);

/** A response body with the ids and instants that differ between two loans taken out. */
function comparable(body: unknown): string {
  return JSON.stringify(body)
    .replace(/"(loan|pmt|dsb|prd)_[0-9A-Za-z]+"/g, '"<id>"')
    .replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '"<instant>"');
}

describe("group commit of payments", () => {
  it("reads the loans of payments that arrive together in one statement: each id its own answer, in order", async () => {
    const tenant = "group-commit-reads";
    const token = await grouped.token(tenant);
    const productId = await createProduct(single, token);
    const paid = String((await board(single, token, productId)).id);
    const fresh = String((await board(single, token, productId)).id);
    expect((await pay(grouped, token, paid, 10_000, "2025-02-01")).status).toBe(201);
    await saveTenantSettings(testDatabase.db, tenant, { timeZone: "America/Chicago" }, new Date());
    const ids = [paid, "loan_unknown", fresh, paid];
    const found = await findManyWithTenantSettings(testDatabase.db, tenant, ids, CHECKPOINT_KEY);
    expect(found.map((loan) => loan?.row.id)).toEqual([paid, undefined, fresh, paid]);
    expect(found.map((loan) => loan?.events?.map((event) => event.type))).toEqual([
      ["disbursement", "payment"],
      undefined,
      ["disbursement"],
      ["disbursement", "payment"],
    ]);
    expect(found[0]).not.toBe(found[3]);
    expect(found[0]?.events).not.toBe(found[3]?.events);
    expect(found[0]?.settings).toMatchObject({ tenantId: tenant, timeZone: "America/Chicago" });
    expect(found[2]?.settings).toEqual(found[0]?.settings);
    const other = await findManyWithTenantSettings(testDatabase.db, "group-commit-other", [paid], CHECKPOINT_KEY);
    expect(other).toEqual([undefined]);
  });

  it("answers and stores what a payment in its own transaction does", async () => {
    const tenant = "group-commit-same";
    const token = grouped.token(tenant);
    const productId = await createProduct(single, await token);
    const loanOne = String((await board(single, await token, productId)).id);
    const loanTwo = String((await board(single, await token, productId)).id);
    const payments: Array<[number, string]> = [
      [88_849, "2025-02-01"],
      [50_000, "2025-02-20"],
      [10_000, "2025-02-10"], // back-dated: re-flows interest
      [200_000, "2025-03-01"],
    ];
    for (const [amount, day] of payments) {
      const alone = await pay(single, await token, loanOne, amount, day);
      const batched = await pay(grouped, await token, loanTwo, amount, day);
      expect(batched.status).toBe(alone.status);
      expect(alone.status).toBe(201);
      expect(comparable(await json(batched))).toBe(comparable(await json(alone)));
    }
    const [one, two] = await Promise.all(
      [loanOne, loanTwo].map(async (id) => json(await single.call("GET", `/v1/loans/${id}`, { token: await token }))),
    );
    expect(comparable(two)).toBe(comparable(one));
    expect(await postedEvents(loanTwo)).toBe(payments.length);
    expect((await verifyAuditChains(testDatabase.db, tenant)).broken).toBeUndefined();
  });

  it("judges a payment by the tenant's own business date, read with the loan, and answers 404 for no loan", async () => {
    const tenant = "group-commit-business-date";
    // The test app's clock says 2025-03-01; this sandbox tenant's test clock says 2025-06-15.
    await saveTenantSettings(testDatabase.db, tenant, { sandbox: true, testClockDate: "2025-06-15" }, grouped.clock());
    const token = await grouped.token(tenant);
    const loanId = String((await board(single, token, await createProduct(single, token), march)).id);
    const onTheDate = await pay(grouped, token, loanId, 10_000, "2025-06-15");
    expect(onTheDate.status).toBe(201);
    expect(await json(onTheDate)).toMatchObject({
      event: { effectiveDate: "2025-06-15" },
      loan: { asOf: "2025-06-15" },
    });
    const ahead = await pay(grouped, token, loanId, 10_000, "2025-06-16");
    expect(await json(ahead)).toMatchObject({ code: "effective_date_in_future" });
    const unknownId = `${loanId.slice(0, -1)}${loanId.endsWith("0") ? "1" : "0"}`;
    const missing = await pay(grouped, token, unknownId, 10_000, "2025-06-15");
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: "loan_not_found" });
  });

  it("answers 409 loan_version_conflict and stores nothing when its loan moves on before each of its plans", async () => {
    const tenant = "group-commit-moving";
    const token = await single.token(tenant);
    const loanId = String((await board(single, token, await createProduct(single, token))).id);
    let moves = 0;
    // Each time the payment has been planned, another payment of the loan commits first: its batch finds it stale.
    const moving = createTestApp(testDatabase.database, {
      groupCommit: true,
      faults: async (step) => {
        if (step !== "before_render") return;
        moves++;
        expect((await pay(single, token, loanId, 100, "2025-02-01")).status).toBe(201);
      },
    });
    const request = { token, body: { ...usd(5_000), effectiveDate: "2025-02-01" }, idempotencyKey: "moving-key" };
    const refused = await moving.call("POST", `/v1/loans/${loanId}/payments`, request);
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({ code: "loan_version_conflict" });
    expect(moves).toBe(20);
    expect(await postedEvents(loanId)).toBe(20);
    // Its key stays free: the same request, retried, is stored once.
    const retried = await grouped.call("POST", `/v1/loans/${loanId}/payments`, request);
    expect(retried.status).toBe(201);
    expect(await postedEvents(loanId)).toBe(21);
  });

  it("stores concurrent payments on one loan in sequence, each once, with its key, event and audit record", async () => {
    const tenant = "group-commit-race";
    const token = await grouped.token(tenant);
    const loanId = String((await board(grouped, token, await createProduct(grouped, token))).id);
    const days = [10, 11, 12, 13, 14, 15, 16, 17];
    const paid = await Promise.all(days.map((day) => pay(grouped, token, loanId, 1_000 + day, `2025-01-${day}`)));
    expect(paid.map((response) => response.status)).toEqual(days.map(() => 201));
    const sequences = await Promise.all(
      paid.map(async (response) => ((await json(response)).event as { sequence: number }).sequence),
    );
    expect([...sequences].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const loan = await json(await grouped.call("GET", `/v1/loans/${loanId}`, { token }));
    expect(loan.version).toBe(9);
    expect(await postedEvents(loanId)).toBe(days.length);
    expect(await count(sql`select count(*) as n from loan_events where loan_id = ${loanId}`)).toBe(9);
    expect(
      await count(sql`select count(*) as n from idempotency_keys where tenant_id = ${tenant} and state = 'completed'
        and operation = ${`POST /v1/loans/${loanId}/payments`}`),
    ).toBe(days.length);
    const verified = await verifyAuditChains(testDatabase.db, tenant);
    expect(verified.broken).toBeUndefined();
    expect(
      await count(sql`select count(*) as n from audit_records where tenant_id = ${tenant}
        and action = 'loan.payment_posted' and resource_id = ${loanId}`),
    ).toBe(days.length);
  });

  it("settles a key once: a retry and a concurrent duplicate replay the stored answer, another body is refused", async () => {
    const token = await grouped.token("group-commit-keys");
    const loanId = String((await board(grouped, token, await createProduct(grouped, token))).id);
    const body = { ...usd(5_000), effectiveDate: "2025-01-20" };
    const send = (payment: object) =>
      grouped.call("POST", `/v1/loans/${loanId}/payments`, { token, body: payment, idempotencyKey: "same-key" });
    const [first, duplicate] = await Promise.all([send(body), send(body)]);
    const statuses = [first.status, duplicate.status];
    expect(statuses).toEqual([201, 201]);
    const replayed = [first, duplicate].filter((response) => response.headers.get("idempotent-replayed") === "true");
    expect(replayed).toHaveLength(1);
    const retry = await send(body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.text()).toBe(await (replayed[0] === first ? duplicate : first).text());
    expect(await postedEvents(loanId)).toBe(1);
    const other = await send({ ...body, amount: 6_000 });
    expect(other.status).toBe(422);
    expect((await json(other)).code).toBe("idempotency_key_reused");
    expect(await postedEvents(loanId)).toBe(1);
  });

  it("replays a stored payment that its loan would now refuse (If-Match on a version it has moved past)", async () => {
    const token = await grouped.token("group-commit-if-match");
    const loanId = String((await board(grouped, token, await createProduct(grouped, token))).id);
    const send = () =>
      grouped.call("POST", `/v1/loans/${loanId}/payments`, {
        token,
        body: { ...usd(5_000), effectiveDate: "2025-01-20" },
        idempotencyKey: "if-match-key",
        headers: { "if-match": "1" },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const moved = await grouped.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: { ...usd(5_000), effectiveDate: "2025-01-21" },
      headers: { "if-match": "1" },
    });
    expect(moved.status).toBe(409);
    expect((await json(moved)).code).toBe("loan_version_conflict");
  });

  it("stores nothing for a refusal and leaves its key free for the corrected request", async () => {
    const tenant = "group-commit-refusal";
    const token = await grouped.token(tenant);
    const loanId = String((await board(grouped, token, await createProduct(grouped, token))).id);
    const send = (effectiveDate: string) =>
      grouped.call("POST", `/v1/loans/${loanId}/payments`, {
        token,
        body: { ...usd(5_000), effectiveDate },
        idempotencyKey: "refused-then-fixed",
      });
    const refused = await send("2030-01-01");
    expect(refused.status).toBe(422);
    expect((await json(refused)).code).toBe("effective_date_in_future");
    const keys = sql`select count(*) as n from idempotency_keys where tenant_id = ${tenant} and key = 'refused-then-fixed'`;
    expect(await count(keys)).toBe(0);
    expect(await count(sql`select count(*) as n from loan_events where loan_id = ${loanId}`)).toBe(1);
    const fixed = await send("2025-01-20");
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    expect(await count(keys)).toBe(1);
    const otherId = `${loanId.slice(0, -1)}${loanId.endsWith("0") ? "1" : "0"}`;
    const missing = await pay(grouped, token, otherId, 5_000, "2025-01-20");
    expect(missing.status).toBe(404);
  });

  it("stores nothing of a batch that fails before its commit, and a retry with the same keys stores each once", async () => {
    let failing: "after_event_insert" | "after_commit" | undefined;
    const faulty = createTestApp(testDatabase.database, {
      groupCommit: true,
      faults: (step) => {
        if (step === failing) throw new Error(`injected at ${step}`);
      },
    });
    const tenant = "group-commit-faults";
    const token = await faulty.token(tenant);
    const productId = await createProduct(faulty, token);
    const loanIds: string[] = [];
    for (let n = 0; n < 3; n++) loanIds.push(String((await board(faulty, token, productId)).id));
    const send = (loanId: string, index: number) =>
      faulty.call("POST", `/v1/loans/${loanId}/payments`, {
        token,
        body: { ...usd(5_000), effectiveDate: "2025-01-20" },
        idempotencyKey: `fault-${index}`,
      });
    const stored = async () => ({
      events: await count(sql`select count(*) as n from loan_events where tenant_id = ${tenant} and type = 'payment'`),
      keys: await count(
        sql`select count(*) as n from idempotency_keys where tenant_id = ${tenant} and key like 'fault-%'`,
      ),
      posted: await count(
        sql`select count(*) as n from events where tenant_id = ${tenant} and type = 'loan.payment_posted'`,
      ),
      audited: await count(sql`select count(*) as n from audit_records where tenant_id = ${tenant}
        and action = 'loan.payment_posted'`),
    });
    failing = "after_event_insert";
    const failed = await Promise.all(loanIds.map(send));
    expect(failed.map((response) => response.status)).toEqual([500, 500, 500]);
    expect(await stored()).toEqual({ events: 0, keys: 0, posted: 0, audited: 0 });
    failing = "after_commit"; // committed, but the answer is lost on its way out
    const lost = await Promise.all(loanIds.map(send));
    expect(lost.map((response) => response.status)).toEqual([500, 500, 500]);
    expect(await stored()).toEqual({ events: 3, keys: 3, posted: 3, audited: 3 });
    failing = undefined;
    const retried = await Promise.all(loanIds.map(send));
    expect(retried.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(retried.map((response) => response.headers.get("idempotent-replayed"))).toEqual(["true", "true", "true"]);
    expect(await stored()).toEqual({ events: 3, keys: 3, posted: 3, audited: 3 });
    expect((await verifyAuditChains(testDatabase.db, tenant)).broken).toBeUndefined();
  });
});
