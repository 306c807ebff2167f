import { date } from "@lendstack/core/calendar";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loanCheckpoints, loanSnapshots, loans } from "../src/db/schema/index.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { CHECKPOINT_KEY, CHECKPOINT_MAX_TAIL, CHECKPOINT_MIN_EVENTS } from "../src/loans/append-event.js";
import { getLoanState } from "../src/loans/service.js";
import { toLoanStateBody } from "../src/loans/view.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

// A change continues the loan's checkpoint (its state after its last event) instead of replaying every event,
// when it is dated on or after that event and needs no history. Whichever way, the answer must be what a full
// replay gives: here each change's response is compared with a full read of the loan as of the same date.
// The standard loan of loans-helpers.ts: $10,000.00 at 12 %, 12 monthly payments from 2025-02-01; today on
// the test clock is 2025-03-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

async function checkpointOf(loanId: string) {
  const [row] = await testDatabase.db
    .select({ version: loanCheckpoints.eventsVersion, format: loanCheckpoints.format, state: loanCheckpoints.state })
    .from(loanCheckpoints)
    .where(and(eq(loanCheckpoints.loanId, loanId)));
  return row;
}

/** Posts a payment and checks its answer against a full replay of the loan as of the same date. */
async function payAndCompare(token: string, loanId: string, amount: number, effectiveDate: string) {
  const response = await pay(api, token, loanId, amount, effectiveDate);
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(201);
  const loan = body.loan as Body;
  const { updatedAt: _a, ...answered } = loan;
  expect(answered).toEqual(await fullReplay(loanId, String(loan.asOf)));
  // The summary read continues the checkpoint the payment stored: the same figures again.
  const { updatedAt: _b, ...read } = await stateOf(api, token, loanId, String(loan.asOf));
  expect(read).toEqual(answered);
  return loan;
}

/** The loan's body as of `asOf` from a full replay of its events (what the summary read answered before checkpoints). */
async function fullReplay(loanId: string, asOf: string) {
  const [owner] = await testDatabase.db.select({ tenantId: loans.tenantId }).from(loans).where(eq(loans.id, loanId));
  const result = await getLoanState(testDatabase.db, String(owner?.tenantId), loanId, date(asOf));
  if (!result.ok) throw new Error(result.error.message);
  const { updatedAt: _u, ...body } = JSON.parse(JSON.stringify(toLoanStateBody(result.value.row, result.value.state)));
  return body;
}

/**
 * A loan with CHECKPOINT_MIN_EVENTS events (boarded, then $1 a day from 2025-01-02): long enough to keep a
 * checkpoint, which its last payment stored (version 16).
 */
async function grown(token: string, productId: string): Promise<string> {
  const loanId = String((await board(api, token, productId)).id);
  for (let day = 2; day <= CHECKPOINT_MIN_EVENTS; day++) {
    expect((await pay(api, token, loanId, 100, `2025-01-${String(day).padStart(2, "0")}`)).status).toBe(201);
  }
  return loanId;
}

describe("loan checkpoints", () => {
  it("a long loan's checkpoint is continued with the events after it, and stored again once they reach CHECKPOINT_MAX_TAIL", async () => {
    const token = await api.token("checkpoints");
    const productId = await createProduct(api, token);
    const young = String((await board(api, token, productId)).id);
    await payAndCompare(token, young, 88_849, "2025-02-01");
    expect(await checkpointOf(young)).toBeUndefined(); // two events: replaying them costs less than a checkpoint
    const loanId = await grown(token, productId);
    expect(await checkpointOf(loanId)).toMatchObject({ version: 16, format: CHECKPOINT_KEY });
    expect((await checkpointOf(loanId))?.state).toContain('"asOf":"2025-01-16"'); // after its last event
    await payAndCompare(token, loanId, 88_849, "2025-02-01");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 16 }); // continued, not rewritten
    // Continuing it reads only the events after it: one it covers made unreadable shows it (a full read refuses).
    await testDatabase.db.execute(
      sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"1.5"') where loan_id = ${loanId} and sequence = 10`,
    );
    expect((await pay(api, token, loanId, 10_000, "2025-02-10")).status).toBe(201);
    // The loan's summary read continues the checkpoint too; the schedule (a history) is a full replay.
    expect((await api.call("GET", `/v1/loans/${loanId}`, { token })).status).toBe(200);
    expect((await api.call("GET", `/v1/loans/${loanId}/schedule`, { token })).status).toBe(500);
    await testDatabase.db.execute(
      sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"100"') where loan_id = ${loanId} and sequence = 10`,
    );
    expect(await stateOf(api, token, loanId)).toMatchObject({ version: 18 });
    await payAndCompare(token, loanId, 20_000, "2025-02-20");
    // The change that leaves CHECKPOINT_MAX_TAIL events after it stores the next one, and the tail starts again.
    while (Number((await stateOf(api, token, loanId)).version) < 16 + CHECKPOINT_MAX_TAIL - 1) {
      await payAndCompare(token, loanId, 100, "2025-02-21");
      expect(await checkpointOf(loanId)).toMatchObject({ version: 16 });
    }
    await payAndCompare(token, loanId, 100, "2025-02-22");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 16 + CHECKPOINT_MAX_TAIL });
    expect((await checkpointOf(loanId))?.state).toContain('"asOf":"2025-02-22"');
    await payAndCompare(token, loanId, 100, "2025-02-23");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 16 + CHECKPOINT_MAX_TAIL });
  });

  it("a back-dated payment, a reversal and a fee each answer what a full replay gives, and leave a checkpoint", async () => {
    const token = await api.token("checkpoints-back-dated");
    const loanId = await grown(token, await createProduct(api, token));
    const first = await payAndCompare(token, loanId, 50_000, "2025-02-15");
    // Before the last payment, after the checkpoint: continued, with the events after it in date order.
    await payAndCompare(token, loanId, 88_849, "2025-02-01");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 16 });
    await payAndCompare(token, loanId, 1_000, "2025-01-10"); // before the checkpoint: replayed in full, stored
    expect(await checkpointOf(loanId)).toMatchObject({ version: 19 });
    const payments = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    const paymentId = (payments.data as Body[]).find((t) => t.type === "payment" && t.amount === 50_000)?.id;
    const reversed = await api.call("POST", `/v1/loans/${loanId}/reversals`, {
      token,
      body: { transactionId: paymentId, effectiveDate: "2025-02-20" },
    });
    expect(reversed.status).toBe(201);
    expect((await json(reversed)).loan).toMatchObject({ version: 20 });
    expect(await checkpointOf(loanId)).toMatchObject({ version: 20 });
    const fee = await api.call("POST", `/v1/loans/${loanId}/fees`, {
      token,
      body: { amount: 1_500, currency: "USD", effectiveDate: "2025-02-25" },
    });
    expect(fee.status).toBe(201);
    const { updatedAt: _a, ...answered } = (await json(fee)).loan as Body;
    expect(answered).toEqual(await fullReplay(loanId, String(answered.asOf)));
    expect(first.version).toBe(17);
  });

  it("an unreadable checkpoint, or one of another format or version, is ignored and replaced", async () => {
    const token = await api.token("checkpoints-stale");
    const loanId = await grown(token, await createProduct(api, token));
    await payAndCompare(token, loanId, 30_000, "2025-02-01");
    await testDatabase.db.execute(sql`update loan_checkpoints set state = '{"format":1,' where loan_id = ${loanId}`);
    await payAndCompare(token, loanId, 30_000, "2025-02-05");
    expect((await checkpointOf(loanId))?.state).toMatch(/^\{"format":1,"lastSequence":18,/);
    await testDatabase.db.execute(sql`update loan_checkpoints set format = 'core-0' where loan_id = ${loanId}`);
    await payAndCompare(token, loanId, 30_000, "2025-02-10");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 19, format: CHECKPOINT_KEY });
    await testDatabase.db.execute(sql`update loan_checkpoints set events_version = 18 where loan_id = ${loanId}`);
    await payAndCompare(token, loanId, 30_000, "2025-02-12");
    expect(await checkpointOf(loanId)).toMatchObject({ version: 20 });
  });

  it("a checkpoint an earlier release wrote (its tables row by row) is continued, not replaced", async () => {
    const token = await api.token("checkpoints-row-form");
    const loanId = await grown(token, await createProduct(api, token));
    const written = await checkpointOf(loanId);
    const rowForm = JSON.stringify(inRowForm(JSON.parse(String(written?.state))));
    expect(rowForm).toContain('"#r":');
    expect(rowForm).not.toContain('"#v":');
    await testDatabase.db.execute(sql`update loan_checkpoints set state = ${rowForm} where loan_id = ${loanId}`);
    await payAndCompare(token, loanId, 30_000, "2025-02-01");
    // Continued: one event after it, far from CHECKPOINT_MAX_TAIL, so the row is left as it was. Had the text
    // not decoded, the payment would have replayed in full and stored a new checkpoint.
    expect(await checkpointOf(loanId)).toEqual({ ...written, state: rowForm });
  });

  it("the daily close continues checkpoints, stores one for a loan without, and snapshots what a replay gives", async () => {
    const tenant = "checkpoints-close";
    const token = await api.token(tenant);
    const productId = await createProduct(api, token);
    const boarded = String((await board(api, token, productId)).id);
    const without = await grown(token, productId);
    await testDatabase.db.execute(sql`delete from loan_checkpoints where loan_id = ${without}`);
    const paid = await grown(token, productId);
    await payAndCompare(token, paid, 88_849, "2025-02-01");
    const close = (day: string) =>
      closeDay(
        testDatabase.db,
        { tenantId: tenant, businessDate: date(day), batchSize: 10 },
        { clock: api.clock, ids: api.ids },
      );
    expect(await close("2025-03-01")).toMatchObject({ snapshotsWritten: 3, failures: [] });
    expect(await checkpointOf(without)).toMatchObject({ version: 16, format: CHECKPOINT_KEY }); // made by the close
    expect(await checkpointOf(boarded)).toBeUndefined(); // one event: none
    expect(await checkpointOf(paid)).toMatchObject({ version: 16 }); // continued with the payment after it
    // The next close continues both checkpoints and reads no event they cover (one made unreadable shows it).
    await testDatabase.db.execute(
      sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"1.5"') where loan_id = ${paid} and sequence = 10`,
    );
    expect(await close("2025-03-02")).toMatchObject({ snapshotsWritten: 3, failures: [] });
    await testDatabase.db.execute(
      sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"100"') where loan_id = ${paid} and sequence = 10`,
    );
    // A checkpoint that does not decode is replaced by the close's full replay, not left for the next change.
    await testDatabase.db.execute(sql`update loan_checkpoints set state = '{"format":1,' where loan_id = ${without}`);
    expect(await close("2025-03-03")).toMatchObject({ snapshotsWritten: 3, failures: [] });
    expect((await checkpointOf(without))?.state).toMatch(/^\{"format":1,"lastSequence":16,/);
    for (const loanId of [boarded, without, paid]) {
      const [snapshot] = await testDatabase.db
        .select()
        .from(loanSnapshots)
        .where(and(eq(loanSnapshots.loanId, loanId), eq(loanSnapshots.asOfDate, "2025-03-02")));
      const state = await fullReplay(loanId, "2025-03-02");
      const outstanding = state.outstanding as Record<string, number>;
      expect(snapshot).toMatchObject({
        daysPastDue: state.daysPastDue,
        principalMinor: BigInt(outstanding.principal as number),
        interestMinor: BigInt(outstanding.interest as number),
        feesMinor: BigInt(outstanding.fees as number),
        accruedInterestMinor: BigInt(state.accruedInterest as number),
      });
    }
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The codec's text as it was before its tables' columns were packed: one array of cells per row (`#r`). */
function inRowForm(value: Json): Json {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(inRowForm);
  const packed = value["#v"];
  if (!Array.isArray(packed)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inRowForm(v)]));
  const rows = value["#len"] as number;
  const columns: Json[][] = [];
  for (const column of packed) columns.push(cellsOf(column, rows, columns));
  const { "#v": _v, "#len": _len, "#c": constants, ...rest } = value;
  const cells = Array.from({ length: rows }, (_, i) => columns.map((column) => inRowForm(column[i] as Json)));
  return { ...rest, "#c": inRowForm(constants ?? {}), "#r": cells };
}

function cellsOf(column: Json, rows: number, earlier: Json[][]): Json[] {
  if (Array.isArray(column)) return column;
  const form = column as Record<string, number[] & Json[]>;
  if (form["#s"]) return Array.from({ length: rows }, (_, i) => form["#s"]![0]! + i * form["#s"]![1]!);
  if (form["#l"]) {
    const runs = form["#l"];
    return runs.flatMap((cell, k) => (k % 2 === 0 ? Array<Json>(runs[k + 1] as number).fill(cell) : []));
  }
  const [source, ...exceptions] = form["#e"]!;
  const cells = [...(earlier[source as number] ?? [])];
  for (let k = 0; k < exceptions.length; k += 2) cells[exceptions[k] as number] = exceptions[k + 1] as Json;
  return cells;
}
