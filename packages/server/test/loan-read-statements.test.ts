import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKPOINT_MIN_EVENTS } from "../src/loans/append-event.js";
import { getLoanState } from "../src/loans/service.js";
import { toLoanStateBody } from "../src/loans/view.js";
import { statementsOf } from "./helpers/statements.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

// A loan's summary read (GET /v1/loans/{id}) is one round trip for the loan after the tenant scope: the row
// with its checkpoint when it has one, else with its events. Only a read dated before the checkpoint reads the
// events again. Each answer is compared with the other ways of reading the same loan.
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const scope = /^select set_config\('app\.tenant_id'/;
const rowWithEvents =
  /^select "loans"\..*json_agg\(.* from "loan_events" where .*"loan_events"\."sequence" > coalesce\("loan_checkpoints"\."events_version", 0\)\) from "loans" left join "loan_checkpoints"/;
const eventsAlone = (text: string) => text.includes('from "loan_events"') && !text.includes('from "loans"');

/** The loan's body as of `asOf` from a full replay of its events, as the loans tests compare. */
async function fullReplay(tenantId: string, loanId: string, asOf: string) {
  const result = await getLoanState(testDatabase.db, tenantId, loanId, date(asOf));
  if (!result.ok) throw new Error(result.error.message);
  const { updatedAt: _u, ...body } = JSON.parse(JSON.stringify(toLoanStateBody(result.value.row, result.value.state)));
  return body;
}

function withoutUpdatedAt(body: Record<string, unknown>) {
  const { updatedAt: _u, ...rest } = body;
  return rest;
}

async function readStatements(token: string, loanId: string, asOf?: string) {
  let body: Record<string, unknown> = {};
  const sent = await statementsOf(async () => {
    body = await stateOf(api, token, loanId, asOf);
  });
  return { body, sent };
}

describe("a loan read's statements", () => {
  it("a young loan: its row and events in one statement, the answer as its event history gives it", async () => {
    const token = await api.token("read-statements-young");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 100_000, "2025-01-10")).status).toBe(201);
    const { body, sent } = await readStatements(token, loanId, "2025-02-15");
    expect(sent, sent.join("\n")).toHaveLength(2);
    expect(sent[0]).toMatch(scope);
    expect(sent[1]).toMatch(rowWithEvents);
    expect(body.version).toBe(2);
    expect(withoutUpdatedAt(body)).toEqual(await fullReplay("read-statements-young", loanId, "2025-02-15"));
  });

  it("a checkpointed loan: only the events after it read, unless the read is dated before its checkpoint", async () => {
    const tenant = "read-statements-checkpointed";
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    for (let day = 1; day < CHECKPOINT_MIN_EVENTS; day++) {
      expect((await pay(api, token, loanId, 1_000, `2025-01-${String(day + 1).padStart(2, "0")}`)).status).toBe(201);
    }
    const current = await readStatements(token, loanId, "2025-02-15");
    expect(current.body.version).toBe(CHECKPOINT_MIN_EVENTS);
    expect(current.sent, current.sent.join("\n")).toHaveLength(2);
    expect(current.sent[1]).toMatch(/^select .* from "loans" left join "loan_checkpoints"/);
    expect(current.sent.some(eventsAlone)).toBe(false);
    expect(withoutUpdatedAt(current.body)).toEqual(await fullReplay(tenant, loanId, "2025-02-15"));

    const earlier = await readStatements(token, loanId, "2025-01-05");
    expect(earlier.sent, earlier.sent.join("\n")).toHaveLength(3);
    expect(eventsAlone(earlier.sent[2] ?? "")).toBe(true);
    expect(withoutUpdatedAt(earlier.body)).toEqual(await fullReplay(tenant, loanId, "2025-01-05"));
  });
});
