import { date } from "@lendstack/core/calendar";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, loanSnapshots } from "../src/db/schema/index.js";
import { claimQuery } from "../src/jobs/close-day/claims.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const closeDate = "2025-03-10";
const deps = () => ({ clock: api.clock, ids: api.ids });

/**
 * Nine standard loans ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01; level installment
 * PMT(1 %, 12, 10000) = $888.49, see test/loans.test.ts for the hand-checked split): loan k pays
 * nothing (k % 3 = 0), installment 1 on time (k % 3 = 1), or installments 1 and 2 on time (k % 3 = 2).
 */
async function book(tenant: string): Promise<string[]> {
  const token = await api.token(tenant);
  const productId = await createProduct(api, token);
  const ids: string[] = [];
  for (let k = 0; k < 9; k++) {
    const loanId = String((await board(api, token, productId, { externalReference: `L${k}` })).id);
    if (k % 3 >= 1) expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    if (k % 3 === 2) expect((await pay(api, token, loanId, 88_849, "2025-03-01")).status).toBe(201);
    ids.push(loanId);
  }
  return ids;
}

async function snapshotsOf(tenantId: string, asOfDate: string) {
  return testDatabase.db
    .select()
    .from(loanSnapshots)
    .where(and(eq(loanSnapshots.tenantId, tenantId), eq(loanSnapshots.asOfDate, asOfDate)))
    .orderBy(asc(loanSnapshots.loanId));
}

function figures(row: typeof loanSnapshots.$inferSelect) {
  const { tenantId: _t, loanId: _l, computedAt: _c, ...rest } = row;
  return rest;
}

describe("close-day", () => {
  it("two workers at once write exactly one snapshot per loan, equal to a single run and to a replay", async () => {
    const concurrentIds = await book("close-concurrent");
    const singleIds = await book("close-single");
    const request = { businessDate: date(closeDate), batchSize: 2, tenantId: "close-concurrent" };
    const [first, second] = await Promise.all([
      closeDay(testDatabase.db, request, deps()),
      closeDay(testDatabase.db, request, deps()),
    ]);
    // No loan was replayed twice: the workers' writes add up to the nine loans.
    expect((first?.snapshotsWritten ?? 0) + (second?.snapshotsWritten ?? 0)).toBe(9);
    // Both workers reported into one run for the date, which finished when the last one left.
    const listRuns = async () =>
      (await json(await api.call("GET", "/v1/close-runs", { token: await api.token("close-concurrent") })))
        .data as Array<Record<string, unknown>>;
    const runs = await listRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      businessDate: closeDate,
      status: "succeeded",
      loansClosed: 9,
      loansFailed: 0,
      loansPending: 0,
    });
    expect(runs[0]?.loansPerSecond).toBeGreaterThan(0);
    const single = await closeDay(testDatabase.db, { ...request, tenantId: "close-single", batchSize: 500 }, deps());
    expect(single).toMatchObject({ snapshotsWritten: 9, batches: 1, pendingLoanCount: 0, failures: [] });
    // A worker's pendingLoanCount may include loans the other worker still held when it stopped; once
    // both are done nothing is left: a third run finds no loan to close.
    const after = await closeDay(testDatabase.db, request, deps());
    expect(after).toMatchObject({ snapshotsWritten: 0, pendingLoanCount: 0, failures: [] });
    expect((await listRuns()).map((run) => [run.id, run.status])).toEqual([[runs[0]?.id, "succeeded"]]);

    const concurrent = await snapshotsOf("close-concurrent", closeDate);
    const alone = await snapshotsOf("close-single", closeDate);
    expect(concurrent.map((row) => row.loanId)).toEqual([...concurrentIds].sort());
    const byReference = (rows: typeof concurrent, ids: string[]) => ids.map((id) => rows.find((r) => r.loanId === id));
    expect(byReference(concurrent, concurrentIds).map((r) => r && figures(r))).toEqual(
      byReference(alone, singleIds).map((r) => r && figures(r)),
    );

    // Hand-checked: nothing paid -> 37 days past 2025-02-01, interest due 10,192 + 9,205 (1,000,000 × 12 % ×
    // 28/365 = 9,205.48); installment 1 paid -> 9 days past 2025-03-01, principal 921,343, interest 8,481;
    // both paid -> current, principal 921,343 − 80,368 = 840,975.
    const [unpaid, oneLate, current] = byReference(concurrent, concurrentIds);
    expect(unpaid).toMatchObject({ daysPastDue: 37, delinquencyBucket: "31-60", principalMinor: 1_000_000n });
    expect(unpaid?.interestMinor).toBe(19_397n);
    expect(oneLate).toMatchObject({ daysPastDue: 9, delinquencyBucket: "1-30", principalMinor: 921_343n });
    expect(oneLate?.interestMinor).toBe(8_481n);
    expect(current).toMatchObject({ daysPastDue: 0, delinquencyBucket: "current", principalMinor: 840_975n });

    // Every snapshot equals the loans API's replay of the loan to the same date.
    const token = await api.token("close-concurrent");
    for (const row of concurrent) {
      const state = await stateOf(api, token, row.loanId, closeDate);
      const outstanding = state.outstanding as Record<string, number>;
      expect({
        status: row.status,
        daysPastDue: row.daysPastDue,
        bucket: row.delinquencyBucket,
        principal: Number(row.principalMinor),
        interest: Number(row.interestMinor),
        fees: Number(row.feesMinor),
        penalties: Number(row.penaltiesMinor),
        accrued: Number(row.accruedInterestMinor),
        version: row.eventsVersion,
      }).toEqual({
        status: state.status,
        daysPastDue: state.daysPastDue,
        bucket: state.delinquencyBucket,
        principal: outstanding.principal,
        interest: outstanding.interest,
        fees: outstanding.fees,
        penalties: outstanding.penalties,
        accrued: state.accruedInterest,
        version: state.version,
      });
    }
  });

  it("re-running does nothing; a new event makes that one loan's snapshot recomputed", async () => {
    const ids = await book("close-rerun");
    const request = { businessDate: date(closeDate), batchSize: 4, tenantId: "close-rerun" };
    expect((await closeDay(testDatabase.db, request, deps())).snapshotsWritten).toBe(9);
    expect((await closeDay(testDatabase.db, request, deps())).snapshotsWritten).toBe(0);
    const token = await api.token("close-rerun");
    const unpaidId = ids[0] ?? "";
    expect((await pay(api, token, unpaidId, 88_849, "2025-02-01")).status).toBe(201);
    expect((await closeDay(testDatabase.db, request, deps())).snapshotsWritten).toBe(1);
    const row = (await snapshotsOf("close-rerun", closeDate)).find((r) => r.loanId === unpaidId);
    expect(row).toMatchObject({ eventsVersion: 2, daysPastDue: 9, principalMinor: 921_343n });
    expect(await snapshotsOf("close-rerun", closeDate)).toHaveLength(9);
    const audits = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, "close-rerun"), eq(auditRecords.action, "business_day.closed")))
      .orderBy(asc(auditRecords.id)); // ids are monotonic (one generator), the test clock stands still
    expect(audits.map((a) => a.details)).toEqual([
      { snapshotsWritten: 9, failedLoanIds: [] },
      { snapshotsWritten: 0, failedLoanIds: [] },
      { snapshotsWritten: 1, failedLoanIds: [] },
    ]);
  });

  it("claims with one snapshot probe per loan, never a join over the day's snapshots", async () => {
    await book("close-plan");
    const claim = claimQuery(testDatabase.database.db, "close-plan", date(closeDate), "", 500);
    const plan = await testDatabase.database.db.execute(sql`explain ${claim}`);
    const text = rowsOf<Record<string, string>>(plan)
      .map((row) => Object.values(row)[0])
      .join("\n");
    expect(text).toContain("SubPlan");
    expect(text).not.toMatch(/Anti Join|Semi Join|Hash Join|Merge Join|Nested Loop/);
  });

  it("records the day a loan leaves the portfolio once, then no more", async () => {
    const token = await api.token("close-exit");
    const productId = await createProduct(api, token);
    const loanId = String((await board(api, token, productId)).id);
    const run = (businessDate: string) =>
      closeDay(testDatabase.db, { businessDate: date(businessDate), batchSize: 10, tenantId: "close-exit" }, deps());
    expect((await run("2025-02-15")).snapshotsWritten).toBe(1);
    // The payoff of test/loans-payments.test.ts: 929,824 on 2025-03-01 after installment 1.
    expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    expect((await pay(api, token, loanId, 929_824, "2025-03-01")).status).toBe(201);
    expect((await run("2025-03-02")).snapshotsWritten).toBe(1);
    expect(await snapshotsOf("close-exit", "2025-03-02")).toMatchObject([{ status: "paid-off", principalMinor: 0n }]);
    expect((await run("2025-03-03")).snapshotsWritten).toBe(0);
  });
});
