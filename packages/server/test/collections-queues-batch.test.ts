import { date } from "@lendstack/core/calendar";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../src/cli/audit-verify.js";
import { updateCollectionQueues } from "../src/collections/queue-close.js";
import { auditRecords, collectionAccounts, tasks } from "../src/db/schema/index.js";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// The close places a page of loans in their queues in one transaction (a statement per kind of row, not a
// dozen per loan). Checked here: every loan of the page gets exactly one account, one open collector task,
// one event and the audit records that go with them, in a chain that still verifies; two workers placing
// the same page together (as `close-day --workers 2` does) move each loan once; a cure and a move in one
// page each get theirs.

const LOANS = 12;
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

async function openCollectorTasks(tenantId: string) {
  const rows = await testDatabase.db
    .select({ id: tasks.id, details: tasks.details, status: tasks.status })
    .from(tasks)
    .where(and(eq(tasks.tenantId, tenantId), eq(tasks.queue, "collections")));
  return rows.filter((row) => row.status === "open");
}

async function auditActions(tenantId: string) {
  const rows = await testDatabase.db
    .select({ action: auditRecords.action })
    .from(auditRecords)
    .where(eq(auditRecords.tenantId, tenantId));
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.action] = (counts[row.action] ?? 0) + 1;
  return counts;
}

describe("collections queues, a page at a time", () => {
  it("places a page of loans once each, even with two workers at it, and keeps the audit chain whole", async () => {
    const tenant = "queues-batch";
    let token = await api.token(tenant);
    const productId = await createProduct(api, token);
    const loanIds: string[] = [];
    for (let index = 0; index < LOANS; index++) loanIds.push(String((await board(api, token, productId)).id));
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-01"));
    const before = await auditActions(tenant);

    // Day 1 past due: the close's own queue step, then two more workers at the same date together.
    await closeDays(api, testDatabase.db, tenant, date("2025-02-02"), date("2025-02-02"));
    const context = { tenantId: tenant, actor: "system:close-day", requestId: "test", now: api.clock(), ids: api.ids };
    await Promise.all([
      updateCollectionQueues(testDatabase.db, context, "2025-02-02"),
      updateCollectionQueues(testDatabase.db, context, "2025-02-02"),
    ]);
    const accounts = await testDatabase.db
      .select()
      .from(collectionAccounts)
      .where(eq(collectionAccounts.tenantId, tenant));
    expect(accounts.map((row) => row.loanId).sort()).toEqual([...loanIds].sort());
    expect(new Set(accounts.map((row) => row.queue))).toEqual(new Set(["early_stage"]));
    const open = await openCollectorTasks(tenant);
    expect(open).toHaveLength(LOANS);
    expect(new Set(open.map((task) => (task.details as { loanId: string }).loanId)).size).toBe(LOANS);
    expect(new Set(accounts.map((row) => row.taskId))).toEqual(new Set(open.map((task) => task.id)));
    const after = await auditActions(tenant);
    expect((after["collections.queue_entered"] ?? 0) - (before["collections.queue_entered"] ?? 0)).toBe(LOANS);
    expect((after["task.created"] ?? 0) - (before["task.created"] ?? 0)).toBe(LOANS);
    const entered = await json(await api.call("GET", "/v1/events?type=collections.queue_entered&limit=100", { token }));
    expect(entered.data as unknown[]).toHaveLength(LOANS);

    // Two loans cure on 02-20 and leave; the other ten move to late_stage at 30 days past due (03-03),
    // each page's exits and moves in one transaction.
    moveClockTo(api, "2025-02-20T12:00:00Z");
    token = await api.token(tenant);
    for (const loanId of loanIds.slice(0, 2)) {
      expect((await pay(api, token, loanId, 300_000, "2025-02-20")).status).toBe(201);
    }
    await closeDays(api, testDatabase.db, tenant, date("2025-02-03"), date("2025-02-20"));
    const cured = await testDatabase.db
      .select()
      .from(collectionAccounts)
      .where(eq(collectionAccounts.tenantId, tenant));
    expect(cured.map((row) => row.loanId).sort()).toEqual(loanIds.slice(2).sort());
    await closeDays(api, testDatabase.db, tenant, date("2025-02-21"), date("2025-03-03"));
    const later = await testDatabase.db
      .select()
      .from(collectionAccounts)
      .where(eq(collectionAccounts.tenantId, tenant));
    const queueOf = new Map(later.map((row) => [row.loanId, row.queue]));
    // The cured two fell due again on 03-01: back in early_stage, the others in late_stage.
    expect(loanIds.map((loanId) => queueOf.get(loanId))).toEqual([
      "early_stage",
      "early_stage",
      ...Array(LOANS - 2).fill("late_stage"),
    ]);
    const stillOpen = await openCollectorTasks(tenant);
    expect(stillOpen).toHaveLength(LOANS);
    expect(new Set(stillOpen.map((task) => task.id))).toEqual(new Set(later.map((row) => row.taskId)));
    const retired = await testDatabase.db
      .select({ outcome: tasks.outcome })
      .from(tasks)
      .where(and(eq(tasks.tenantId, tenant), eq(tasks.status, "completed")));
    const outcomes = retired.map((row) => row.outcome).sort();
    expect(outcomes).toEqual([...Array(2).fill("cured"), ...Array(LOANS - 2).fill("moved_to_late_stage")].sort());

    const verified = await verifyAuditChains(testDatabase.db, tenant);
    expect(verified.broken).toBeUndefined();
    expect(verified.recordsVerified).toBeGreaterThan(4 * LOANS);

    // Another worker's queue step for the same date rewrites no account whose figure is current, and puts
    // right one whose figure is not.
    const staleLoan = loanIds[5] as string;
    const ofLoan = (loanId: string) =>
      and(eq(collectionAccounts.tenantId, tenant), eq(collectionAccounts.loanId, loanId));
    await testDatabase.db.update(collectionAccounts).set({ daysPastDue: 999 }).where(ofLoan(staleLoan));
    const stamps = new Map(later.map((row) => [row.loanId, row.updatedAt.getTime()]));
    moveClockTo(api, "2025-03-04T01:00:00Z");
    await updateCollectionQueues(testDatabase.db, { ...context, now: api.clock() }, "2025-03-03");
    const rerun = await testDatabase.db
      .select()
      .from(collectionAccounts)
      .where(eq(collectionAccounts.tenantId, tenant));
    const rewritten = rerun.filter((row) => row.updatedAt.getTime() !== stamps.get(row.loanId));
    expect(rewritten.map((row) => row.loanId)).toEqual([staleLoan]);
    const repaired = rerun.find((row) => row.loanId === staleLoan);
    expect(repaired?.daysPastDue).toBe(later.find((row) => row.loanId === staleLoan)?.daysPastDue);
    expect(repaired?.asOf).toBe("2025-03-03");
  });
});
