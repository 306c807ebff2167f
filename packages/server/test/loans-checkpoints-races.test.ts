import { date } from "@lendstack/core/calendar";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loanCheckpoints, loanEvents, loans } from "../src/db/schema/index.js";
import { CHECKPOINT_KEY, CHECKPOINT_MIN_EVENTS } from "../src/loans/append-event.js";
import { bodyOf, expectCheckpointOfFullReplay, fullReplay } from "./helpers/full-replay.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

// Changes to loans that keep a checkpoint, where it could go wrong: payments racing on one loan (on PostgreSQL,
// with DATABASE_URL, on separate connections; on PGlite interleaved on its one), a back-dated payment that
// re-flows a delinquent history, and a checkpoint row that lies about what it covers. Each answer must be what a
// full replay of the stored events gives (core's replay, reading no checkpoint), and each stored checkpoint the
// one a full replay makes. loans-checkpoints.test.ts covers unreadable, other-format and stale checkpoints.
// The standard loan of loans-helpers.ts; today on the test clock is 2025-03-01.

const TODAY = date("2025-03-01");
let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

/** A loan of CHECKPOINT_MIN_EVENTS events (boarded, then $1 a day from 2025-01-02), so it keeps a checkpoint. */
async function longLoan(tenant: string): Promise<{ token: string; loanId: string }> {
  const token = await api.token(tenant);
  const loanId = String((await board(api, token, await createProduct(api, token))).id);
  for (let day = 2; day <= CHECKPOINT_MIN_EVENTS; day++) {
    const paid = await pay(api, token, loanId, 100, `2025-01-${String(day).padStart(2, "0")}`);
    expect(paid.status).toBe(201);
  }
  return { token, loanId };
}

/** The change's answer (its `loan`), which must be a full replay of the events up to its version, as of its date. */
async function expectAnswerOfFullReplay(tenant: string, loanId: string, answer: Body): Promise<void> {
  const { updatedAt: _u, ...answered } = answer;
  const replayed = await fullReplay(testDatabase.db, tenant, loanId, date(String(answer.asOf)), Number(answer.version));
  expect(answered).toEqual(bodyOf(replayed));
}

describe("payments racing on a checkpointed loan", () => {
  it("all post with consecutive versions, each answering a full replay, and the last checkpoint is one", async () => {
    const tenant = "checkpoint-races";
    const { token, loanId } = await longLoan(tenant);
    // After the checkpoint's date (continuing it), on it, and before it (a full replay), all at once.
    const dates = ["2025-02-01", "2025-01-10", "2025-02-20", "2025-01-16", "2025-02-05", "2025-03-01"];
    const responses = await Promise.all(
      dates.map((effectiveDate, index) =>
        api.call("POST", `/v1/loans/${loanId}/payments`, {
          token,
          body: { amount: 20_000 + index, currency: "USD", effectiveDate },
          headers: { "idempotency-key": `race-${index}` },
        }),
      ),
    );
    const answers = await Promise.all(responses.map(async (response) => ({ response, body: await json(response) })));
    for (const { response, body } of answers) expect(response.status, JSON.stringify(body)).toBe(201);
    const versions = answers.map(({ body }) => Number((body.loan as Body).version)).sort((a, b) => a - b);
    expect(versions).toEqual(dates.map((_, index) => CHECKPOINT_MIN_EVENTS + 1 + index));
    const sequences = await testDatabase.db
      .select({ sequence: loanEvents.sequence })
      .from(loanEvents)
      .where(eq(loanEvents.loanId, loanId))
      .orderBy(asc(loanEvents.sequence));
    expect(sequences.map((row) => row.sequence)).toEqual(versions.length === 0 ? [] : range(1, versions.at(-1)!));
    for (const { body } of answers) await expectAnswerOfFullReplay(tenant, loanId, body.loan as Body);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, loanId, TODAY);
    const { updatedAt: _u, ...read } = await stateOf(api, token, loanId);
    expect(read).toEqual(bodyOf(await fullReplay(testDatabase.db, tenant, loanId, TODAY)));
  });
});

function range(from: number, through: number): number[] {
  return Array.from({ length: through - from + 1 }, (_, index) => from + index);
}

describe("a back-dated payment on a checkpointed loan", () => {
  it("re-flows the delinquent history from the start, answers a full replay, and replaces the checkpoint", async () => {
    const tenant = "checkpoint-back-dated";
    const { token, loanId } = await longLoan(tenant);
    // Unpaid since 2025-02-01: 28 days past due today, with the late fee charged after 15 days.
    const late = await pay(api, token, loanId, 1_000, "2025-02-25");
    const lateBody = (await json(late)).loan as Body;
    expect(lateBody).toMatchObject({ daysPastDue: 28, version: CHECKPOINT_MIN_EVENTS + 1 });
    expect((lateBody.charges as Body[]).map((charge) => charge.id)).toEqual(["late-fee:1"]);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, loanId, TODAY);
    // The installment, paid on its due date but posted now: the delinquency and its late fee never happened.
    const cured = await pay(api, token, loanId, 88_849, "2025-02-01");
    expect(cured.status).toBe(201);
    const curedBody = (await json(cured)).loan as Body;
    expect(curedBody).toMatchObject({ daysPastDue: 0, version: CHECKPOINT_MIN_EVENTS + 2 });
    expect(curedBody.charges).toEqual([]);
    await expectAnswerOfFullReplay(tenant, loanId, curedBody);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, loanId, TODAY);
    // The next payment continues the replaced checkpoint, and still answers a full replay.
    const next = await pay(api, token, loanId, 5_000, "2025-03-01");
    await expectAnswerOfFullReplay(tenant, loanId, (await json(next)).loan as Body);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, loanId, TODAY);
  });
});

// A checkpoint's text must cover exactly its loan's events (its last sequence number is the loan's version):
// before checkpointOfRow checked it, a read and a payment continued another loan's copied checkpoint and
// answered that loan's balances, and a payment on a text an event behind failed with a 500 (it took the
// sequence number of the loan's last event).
describe("a checkpoint row that does not match its loan", () => {
  it("is ignored and replaced: another loan's of another version, or a text an event behind its column", async () => {
    const tenant = "checkpoint-mismatched";
    const first = await longLoan(tenant);
    const second = await longLoan(tenant);
    // Dated before the second loan's checkpoint: replayed in full, which stores a new one (version 17).
    await pay(api, second.token, second.loanId, 88_849, "2025-01-10");
    const [versions] = await testDatabase.db
      .select({ version: loans.version })
      .from(loans)
      .where(eq(loans.id, second.loanId));
    expect(versions?.version).toBe(CHECKPOINT_MIN_EVENTS + 1);
    // The first loan's row now holds the second's checkpoint, at the first loan's version.
    await testDatabase.db.execute(sql`update loan_checkpoints set state = (select state from loan_checkpoints
      where loan_id = ${second.loanId}) where loan_id = ${first.loanId}`);
    const { updatedAt: _u, ...read } = await stateOf(api, first.token, first.loanId);
    expect(read).toEqual(bodyOf(await fullReplay(testDatabase.db, tenant, first.loanId, TODAY)));
    const paid = await pay(api, first.token, first.loanId, 10_000, "2025-02-10");
    expect(paid.status).toBe(201);
    await expectAnswerOfFullReplay(tenant, first.loanId, (await json(paid)).loan as Body);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, first.loanId, TODAY);
    // A text one event behind the version its row claims.
    const [stored] = await testDatabase.db
      .select({ state: loanCheckpoints.state })
      .from(loanCheckpoints)
      .where(and(eq(loanCheckpoints.loanId, second.loanId), eq(loanCheckpoints.format, CHECKPOINT_KEY)));
    await testDatabase.db.execute(
      sql`update loan_checkpoints set state = ${String(stored?.state).replace(
        `"lastSequence":${CHECKPOINT_MIN_EVENTS + 1}`,
        `"lastSequence":${CHECKPOINT_MIN_EVENTS}`,
      )} where loan_id = ${second.loanId}`,
    );
    const again = await pay(api, second.token, second.loanId, 10_000, "2025-02-10");
    expect(again.status, JSON.stringify(await json(again.clone()))).toBe(201);
    await expectAnswerOfFullReplay(tenant, second.loanId, (await json(again)).loan as Body);
    await expectCheckpointOfFullReplay(testDatabase.db, tenant, second.loanId, TODAY);
  });
});
