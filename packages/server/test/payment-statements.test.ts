import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../src/cli/audit-verify.js";
import { json } from "./helpers/products.js";
import { statementsOf } from "./helpers/statements.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// What one payment sends to the database (issue 16: every statement is a round trip under the loan's row
// lock): the statements between begin and commit, whichever driver, with no savepoint, in the order that
// keeps the row lock, the audit chain's lock-then-read and the idempotency key's claim and outcome.
let testDatabase: TestDatabase;
let api: TestApp;
let grouped: TestApp;
// Holds the next `gathering` payments before they read their loans, then lets them all go at once.
let gathering = 0;
let gathered: Array<() => void> = [];
const gatherBeforeReading = async (step: string) => {
  if (step !== "before_claim" || gathering === 0) return;
  await new Promise<void>((resolve) => {
    gathered.push(resolve);
    if (gathered.length < gathering) return;
    for (const release of gathered) release();
    gathered = [];
    gathering = 0;
  });
};
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { groupCommit: false });
  grouped = createTestApp(testDatabase.database, { groupCommit: true, faults: gatherBeforeReading });
});
afterAll(() => testDatabase.dispose());

const index = (statements: ReadonlyArray<string>, pattern: RegExp) => statements.findIndex((sql) => pattern.test(sql));

describe("one payment's statements", () => {
  it("are seven, without savepoints: scope with settings, lock and load, one write each for event, outbox and key, audit link last", async () => {
    const token = await api.token("payment-statements");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 100, "2025-01-10")).status).toBe(201);
    let status = 0;
    const statements = await statementsOf(async () => {
      status = (await pay(api, token, loanId, 200, "2025-01-11")).status;
    });
    expect(status).toBe(201);
    const outline = statements.map((sql) => sql.slice(0, 60)).join("\n");
    expect(
      statements.filter((sql) => /savepoint/i.test(sql)),
      outline,
    ).toEqual([]);
    // A young loan keeps no checkpoint (loans-checkpoints.test.ts): its events come with the locked row and are
    // replayed. The audit record goes last: the tenant's chain stays locked from its append to the commit.
    expect(statements, outline).toHaveLength(7);
    const order = [
      /^insert into "idempotency_keys"/,
      /^select set_config\('app\.tenant_id'.*from tenant_settings/,
      /^select .*from "loan_events".* from "loans" left join "loan_checkpoints" .* for update of "loans"$/,
      /^with "appended" as \(insert into "loan_events".*\) update "loans"/,
      /^with inserted as \( insert into "events".*\) select .* from "webhook_endpoints"/,
      /^update "idempotency_keys"/,
      /^with head as \( select sequence \+ 1 as seq, hash as prev from "audit_heads" .* for update\).*insert into "audit_records".* update "audit_heads"/,
    ].map((pattern) => index(statements, pattern));
    expect(order, outline).not.toContain(-1);
    expect(
      [...order].sort((a, b) => a - b),
      outline,
    ).toEqual(order);
  });

  it("keeps the row lock and the audit chain: concurrent payments on one loan all land, in sequence", async () => {
    const tenant = "payment-statements-chain";
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const paid = await Promise.all(
      [10, 11, 12, 13, 14, 15].map((day) => pay(api, token, loanId, 100 + day, `2025-01-${day}`)),
    );
    expect(paid.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const loan = await json(await api.call("GET", `/v1/loans/${loanId}`, { token }));
    const events = (await json(await api.call("GET", `/v1/loans/${loanId}/events`, { token }))).data as Array<{
      sequence: number;
    }>;
    expect(events.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]); // the disbursement, six payments
    expect(loan.version).toBe(7);
    const verified = await verifyAuditChains(testDatabase.db, tenant);
    expect(verified.broken).toBeUndefined();
    expect(verified.recordsVerified).toBeGreaterThanOrEqual(7);
  });
});

describe("group-committed payments' statements", () => {
  it("are one read and one batch of seven, whatever the number of payments that arrive together", async () => {
    const token = await grouped.token("payment-statements-grouped");
    const productId = await createProduct(grouped, token);
    const loanIds = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async () => String((await board(grouped, token, productId)).id)),
    );
    // The first run of a compiled statement also builds its text (statementsOf would count it twice).
    expect((await pay(grouped, token, loanIds[0]!, 100, "2025-01-09")).status).toBe(201);
    const alone = await statementsOf(async () => {
      expect((await pay(grouped, token, loanIds[0]!, 100, "2025-01-10")).status).toBe(201);
    });
    const outline = (statements: string[]) => statements.map((sql) => sql.slice(0, 60)).join("\n");
    // One read: the loan and the tenant's settings together (no tenant scope of its own: the batch opens it).
    const read =
      /^select .*from tenant_settings s .*from "loans" left join "loan_checkpoints" .* where \("loans"\."tenant_id" = \$\d+ and "loans"\."id" = any\(array\(select jsonb_array_elements_text\(\$\d+::jsonb\)\)\)\)$/;
    const order = [
      read,
      /^select set_config\('app\.tenant_id', \$1, true\), set_config\('role', \$2, true\)$/,
      /^select id, version from "loans" .* for update$/,
      /^insert into "idempotency_keys" .* on conflict do nothing returning key$/,
      /^with input as \(.*insert into "loan_events".*insert into "loan_checkpoints".*update "loans"/,
      /^with inserted as \( insert into "events"/,
      /^select sequence, hash from "audit_heads" .* for update$/,
      /^with record as \(insert into "audit_records"/,
    ].map((pattern) => index(alone, pattern));
    expect(order, outline(alone)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(alone, outline(alone)).toHaveLength(8);
    gathering = loanIds.length;
    const together = await statementsOf(async () => {
      const paid = await Promise.all(loanIds.map((loanId) => pay(grouped, token, loanId, 100, "2025-01-11")));
      expect(paid.map((response) => response.status)).toEqual(loanIds.map(() => 201));
    });
    // Six payments that reach their reads together: the first reads its loan alone, the other five are read in one
    // statement while it runs; and at most two batches of seven (the first may leave alone), not six.
    expect(
      together.filter((sql) => read.test(sql)),
      outline(together),
    ).toHaveLength(2);
    expect(together.length, outline(together)).toBeLessThanOrEqual(2 + 2 * 7);
  });
});
