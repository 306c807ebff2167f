import { date, type LocalDate } from "@lendstack/core/calendar";
import { summarizeLoan } from "@lendstack/core/reporting";
import { type LoanState, replay } from "@lendstack/core/servicing";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loanSnapshots, loanStateCheckpoints, loans } from "../src/db/schema/index.js";
import { closeBusinessDay } from "../src/services/close-day.js";
import { decodeLoanState } from "../src/services/loan-state-codec.js";
import { getLoanState } from "../src/services/loans.js";
import { loadLoan } from "../src/services/loans-load.js";
import { loansStore } from "../src/services/loans-store.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// The daily close continues loans from their saved states (closeDay) instead of replaying them. Nothing
// here hand-computes a figure: the oracle is core's full `replay` of each loan's stored events, which
// test/close-day.test.ts and test/loans*.test.ts check against hand-worked amounts. After every close,
// every loan's checkpoint must equal that replay exactly and its snapshot must equal the replay's summary.

let testDatabase: TestDatabase;
let api: TestApp;
const tenant = "close-checkpoints";
let token: string;
let ids: string[];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  api.clock.advance(60 * 86_400_000); // today 2025-04-30: payments may be dated up to then
  token = await api.token(tenant);
  const productId = await createProduct(api, token);
  // Nine $10,000.00 loans (12 % a year, 12 monthly payments from 2025-02-01, installment $888.49):
  // loan k pays nothing (k % 3 = 0), installment 1 (k % 3 = 1), or installments 1 and 2 (k % 3 = 2).
  ids = [];
  for (let k = 0; k < 9; k++) {
    const loanId = String((await board(api, token, productId)).id);
    if (k % 3 >= 1) expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    if (k % 3 === 2) expect((await pay(api, token, loanId, 88_849, "2025-03-01")).status).toBe(201);
    ids.push(loanId);
  }
});
afterAll(() => testDatabase.dispose());

const db = () => testDatabase.database.db;
const close = (businessDate: string, useCheckpoints = true) =>
  closeBusinessDay(
    db(),
    { businessDate: date(businessDate), batchSize: 4, tenantId: tenant, useCheckpoints },
    { clock: api.clock, ids: api.ids },
  );

async function post(loanId: string, path: string, body: Record<string, unknown>) {
  const response = await api.call("POST", `/v1/loans/${loanId}/${path}`, { token, body });
  const document = await json(response);
  expect(response.status, JSON.stringify(document)).toBe(201);
  return document;
}

async function replayed(loanId: string, asOf: LocalDate): Promise<LoanState> {
  const loaded = await loadLoan(loansStore(db(), tenant), loanId);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const state = replay(loaded.value.loan, loaded.value.events, asOf);
  if (!state.ok) throw new Error(state.error.message);
  return state.value;
}

/** Every loan's checkpoint and its snapshot for the date against a full replay of its stored events. */
async function expectEqualToReplay(businessDate: string) {
  const asOf = date(businessDate);
  const rows = await db().select().from(loans).where(eq(loans.tenantId, tenant)).orderBy(asc(loans.id));
  for (const row of rows) {
    const want = await replayed(row.id, asOf);
    const [checkpoint] = await db()
      .select()
      .from(loanStateCheckpoints)
      .where(and(eq(loanStateCheckpoints.tenantId, tenant), eq(loanStateCheckpoints.loanId, row.id)));
    const loaded = await loadLoan(loansStore(db(), tenant), row.id);
    if (!loaded.ok || checkpoint === undefined) throw new Error(`no checkpoint for ${row.id}`);
    expect(checkpoint).toMatchObject({ asOfDate: businessDate, eventsVersion: row.version });
    expect(decodeLoanState(checkpoint.state, loaded.value.loan)).toStrictEqual({ ok: true, value: want });
    const [snapshot] = await db()
      .select()
      .from(loanSnapshots)
      .where(
        and(
          eq(loanSnapshots.tenantId, tenant),
          eq(loanSnapshots.loanId, row.id),
          eq(loanSnapshots.asOfDate, businessDate),
        ),
      );
    const { loanId: _id, ...summary } = summarizeLoan(row.id, want);
    expect(snapshot).toMatchObject({
      eventsVersion: row.version,
      status: summary.status,
      daysPastDue: summary.daysPastDue,
      delinquencyBucket: want.delinquencyBucket,
      isNonPerforming: summary.isNonPerforming,
      principalMinor: summary.principalMinor,
      interestMinor: summary.interestMinor,
      feesMinor: summary.feesMinor,
      penaltiesMinor: summary.penaltiesMinor,
      accruedInterestMinor: summary.accruedInterestMinor,
    });
  }
}

describe("close-day from checkpoints", () => {
  it("gives exactly the states and snapshots of a full replay, and replays what it must", async () => {
    const [unpaid, oneLate, current] = ids as [string, string, string];
    // No checkpoints yet: every loan replayed.
    expect(await close("2025-03-07")).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 0 });
    await expectEqualToReplay("2025-03-07");
    for (const day of ["2025-03-08", "2025-03-09"]) {
      expect(await close(day)).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 9, failures: [] });
      await expectEqualToReplay(day);
    }

    // A back-dated payment posted between closes: the loan's version moved on, so it is replayed.
    await pay(api, token, unpaid, 88_849, "2025-03-01");
    expect(await close("2025-03-10")).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 8 });
    await expectEqualToReplay("2025-03-10");

    // A rate change dated 2025-03-12, posted before the 03-11 close: replayed on 03-11 (new version), and
    // replayed again on 03-12 although its 03-11 checkpoint is from the current version (an event in the gap).
    await post(oneLate, "rate-changes", { effectiveDate: "2025-03-12", rate: { kind: "fixed", ratePercent: "6" } });
    expect(await close("2025-03-11")).toMatchObject({ resumedFromCheckpoints: 8 });
    await expectEqualToReplay("2025-03-11");
    expect(await close("2025-03-12")).toMatchObject({ resumedFromCheckpoints: 8 });
    await expectEqualToReplay("2025-03-12");
    expect((await replayed(oneLate, date("2025-03-12"))).annualRatePercent).toEqual({ units: 6n, scale: 0 });

    // A bounced payment (reversal with NSF fee) back-dated into the past; then a two-day gap (03-13 not closed).
    const payments = await json(await api.call("GET", `/v1/loans/${current}/transactions`, { token }));
    const second = (payments.data as Array<{ id: string; date: string }>).find((t) => t.date === "2025-03-01");
    await post(current, "reversals", { transactionId: second?.id, effectiveDate: "2025-03-05", nsf: true });
    expect(await close("2025-03-14")).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 8 });
    await expectEqualToReplay("2025-03-14");

    // Across a due date (2025-04-01) and the late fees 15 days after it: every loan continued.
    for (const day of ["2025-04-01", "2025-04-17"]) {
      expect(await close(day)).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 9 });
      await expectEqualToReplay(day);
    }
    const late = await replayed(unpaid, date("2025-04-17"));
    expect(late.charges.some((charge) => charge.id.startsWith("late-fee:"))).toBe(true);

    // A gap longer than 31 days: replayed.
    expect(await close("2025-05-19")).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 0 });
    await expectEqualToReplay("2025-05-19");
  });

  it("a backfill close for an earlier date keeps the later checkpoint; by default checkpoints are neither read nor written", async () => {
    const checkpointDates = async () =>
      (await db().select().from(loanStateCheckpoints).where(eq(loanStateCheckpoints.tenantId, tenant))).map(
        (row) => row.asOfDate,
      );
    expect(await close("2025-03-20")).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 0 });
    expect(await checkpointDates()).toEqual(Array(9).fill("2025-05-19"));
    const byDefault = await closeBusinessDay(
      db(),
      { businessDate: date("2025-05-20"), batchSize: 4, tenantId: tenant },
      { clock: api.clock, ids: api.ids },
    );
    expect(byDefault).toMatchObject({ snapshotsWritten: 9, resumedFromCheckpoints: 0 });
    expect(await checkpointDates()).toEqual(Array(9).fill("2025-05-19"));
  });

  it("a loan read continues from the checkpoint when it may, and equals the replay either way", async () => {
    const [unpaid, oneLate] = ids as [string, string];
    const readState = async (loanId: string, asOf: string) =>
      getLoanState(db(), tenant, loanId, date(asOf), { useCheckpoint: true });
    expect(await getLoanState(db(), tenant, unpaid, date("2025-05-20"))).toMatchObject({ value: { source: "replay" } });
    for (const asOf of ["2025-05-19", "2025-05-23", "2025-06-19"]) {
      const read = await readState(unpaid, asOf);
      expect(read).toMatchObject({ ok: true, value: { source: "checkpoint" } });
      if (read.ok) expect(read.value.state).toStrictEqual(await replayed(unpaid, date(asOf)));
    }
    // Before the checkpoint, more than 31 days after it, or after a new event: replayed.
    const cases: ReadonlyArray<readonly [string, string]> = [
      [unpaid, "2025-05-18"],
      [unpaid, "2025-06-20"],
    ];
    await pay(api, token, oneLate, 10_000, "2025-04-20");
    for (const [loanId, asOf] of [...cases, [oneLate, "2025-05-21"] as const]) {
      const read = await readState(loanId, asOf);
      expect(read).toMatchObject({ ok: true, value: { source: "replay" } });
      if (read.ok) expect(read.value.state).toStrictEqual(await replayed(loanId, date(asOf)));
    }
  });
});
