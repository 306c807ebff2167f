import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { date } from "@lendstack/core/calendar";
import { decodeCheckpoint } from "@lendstack/core/servicing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../src/db/database.js";
import {
  closeRuns,
  collectionAccounts,
  events,
  loanCheckpoints,
  loanEvents,
  loanSnapshots,
  loanStatements,
  loans,
  tasks,
  webhookDeliveries,
} from "../src/db/schema/index.js";
import type { Db } from "../src/db/types.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { CHECKPOINT_MIN_EVENTS } from "../src/loans/append-event.js";
import { decodeLoan } from "../src/loans/codec.js";
import { runAdmin } from "../src/testing/test-database.js";
import { runCli, SERVER_PACKAGE } from "./helpers/cli.js";
import { expectCheckpointOfFullReplay, fullReplay } from "./helpers/full-replay.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// The close of a book whose long loans keep checkpoints, killed with SIGKILL after some batches committed and
// run again, leaves the book exactly as one clean close of a copy of it does: the same snapshots, checkpoints,
// events and webhook deliveries, statements, collections queue entries and tasks, each once. And the
// checkpoints change no answer: every snapshot equals a full replay of the loan's events, every checkpoint
// equals the one a full replay makes. PostgreSQL when DATABASE_URL is set (the copy made with
// `create database … template`), else a PGlite data folder (copied).

const TENANT = "close-proof";
/** A due date of the loans first due 2025-02-01 (statements, so full replays), not of those first due 2025-02-15. */
const DATE = "2025-03-01";
const KILL_AFTER = 6; // loans closed (3 batches of 2) before the kill
const workerScript = fileURLToPath(new URL("./helpers/close-day-worker.ts", import.meta.url));

/**
 * What each loan of the book is, in boarding (so claim) order. The long ones hold CHECKPOINT_MIN_EVENTS events
 * or more: boarded, then $1 a day from 2025-01-02, then as named.
 */
const BOOK = [
  "long-current", // first due 02-15, paid: the close continues its checkpoint
  "short-due-today", // first due 02-01, paid
  "long-delinquent", // first due 02-15, unpaid: 14 days past due, a collections queue entry
  "long-due-today", // first due 02-01, paid: today's statement replays it in full
  "short-delinquent", // first due 02-01, unpaid: 28 days past due, due again today
  "long-back-dated", // paid 02-15, then a payment dated 02-10 posted after the checkpoint
  "long-current",
  "short-paid", // first due 02-15, paid
  "long-without-checkpoint", // its checkpoint deleted: the close replays it and stores one
  "long-delinquent",
  "short-due-today",
  "long-foreign-checkpoint", // its checkpoint of another format: the close replays it and replaces it
  "long-unreadable-history", // an old event made unreadable: only continuing its checkpoint closes it
  "short-delinquent",
  "long-current",
  "long-back-dated",
  "short-paid",
  "long-due-today",
  "long-delinquent",
  "short-due-today",
  "long-current",
  "short-delinquent",
] as const;
type Kind = (typeof BOOK)[number];

/** Where a book lives, for this process and for the CLI. */
interface Book {
  open(): Promise<Database>;
  readonly env: Record<string, string>;
}

const books: Book[] = [];
let dispose: () => Promise<void>;
/** The loan whose second event was made unreadable, and that event's payload. */
let unreadable: { loanId: string; payload: unknown };

function firstDueDate(kind: Kind): string {
  return kind.endsWith("due-today") || kind === "short-delinquent" ? "2025-02-01" : "2025-02-15";
}

async function payOk(api: TestApp, token: string, loanId: string, amount: number, effectiveDate: string) {
  const response = await pay(api, token, loanId, amount, effectiveDate);
  expect(response.status, JSON.stringify(await json(response))).toBe(201);
}

async function boardLoan(api: TestApp, token: string, productId: string, kind: Kind): Promise<string> {
  const loanId = String((await board(api, token, productId, { firstPaymentDate: firstDueDate(kind) })).id);
  if (kind.startsWith("long-")) {
    for (let day = 2; day <= CHECKPOINT_MIN_EVENTS; day++) {
      await payOk(api, token, loanId, 100, `2025-01-${String(day).padStart(2, "0")}`);
    }
  }
  if (kind.endsWith("due-today")) await payOk(api, token, loanId, 88_849, "2025-02-01");
  else if (!kind.endsWith("delinquent")) await payOk(api, token, loanId, 100_000, "2025-02-15");
  return loanId;
}

/**
 * Boards the book, closes three earlier dates (earlier snapshots, statements, queue entries), then makes the
 * changes that leave some checkpoints behind or unusable.
 */
async function seed(database: Database): Promise<void> {
  const api = createTestApp(database);
  const token = await api.token(TENANT);
  const productId = await createProduct(api, token);
  const hook = { url: "https://hooks.example.com/lendstack", eventTypes: ["*"], enabled: true };
  expect((await api.call("POST", "/v1/webhook-endpoints", { token, body: hook })).status).toBe(201);
  const ids = new Map<string, Kind>();
  for (const kind of BOOK) ids.set(await boardLoan(api, token, productId, kind), kind);
  for (const day of ["2025-02-01", "2025-02-15", "2025-02-20"]) {
    const closed = await closeDay(
      database.db,
      { tenantId: TENANT, businessDate: date(day), batchSize: 10 },
      { clock: api.clock, ids: api.ids },
    );
    expect(closed.failures).toEqual([]);
  }
  const db = database.db;
  for (const [loanId, kind] of ids) {
    if (kind === "long-back-dated") await payOk(api, token, loanId, 30_000, "2025-02-10");
    if (kind === "long-without-checkpoint") await db.delete(loanCheckpoints).where(eq(loanCheckpoints.loanId, loanId));
    if (kind === "long-foreign-checkpoint") {
      await db.update(loanCheckpoints).set({ format: "core-0" }).where(eq(loanCheckpoints.loanId, loanId));
    }
    if (kind === "long-unreadable-history") {
      const where = and(eq(loanEvents.loanId, loanId), eq(loanEvents.sequence, 2));
      const [event] = await db.select({ payload: loanEvents.payload }).from(loanEvents).where(where);
      unreadable = { loanId, payload: event?.payload };
      await db.execute(
        sql`update loan_events set payload = jsonb_set(payload, '{amountMinor}', '"1.5"') where loan_id = ${loanId} and sequence = 2`,
      );
    }
  }
}

/** Two identical books: a PGlite data folder and its copy, or a scratch PostgreSQL database and its copy. */
async function twoBooks(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === "") {
    const root = await mkdtemp(join(tmpdir(), "lendstack-close-proof-"));
    const dirs = [join(root, "a"), join(root, "b")];
    const database = await createDatabase({ dataDir: dirs[0] });
    try {
      await database.migrate();
      await seed(database);
    } finally {
      await database.close();
    }
    await cp(dirs[0] as string, dirs[1] as string, { recursive: true });
    for (const dataDir of dirs) {
      books.push({ open: () => createDatabase({ dataDir }), env: { DATABASE_URL: "", LENDSTACK_DATA_DIR: dataDir } });
    }
    dispose = () => rm(root, { recursive: true, force: true });
    return;
  }
  const names = ["a", "b"].map((side) => `lendstack_close_proof_${randomBytes(5).toString("hex")}_${side}`);
  const urls = names.map((name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString());
  await runAdmin(serverUrl, `create database ${names[0]}`);
  const database = await createDatabase({ url: urls[0] });
  try {
    await database.migrate();
    await seed(database);
  } finally {
    await database.close();
  }
  await runAdmin(serverUrl, `create database ${names[1]} template ${names[0]}`);
  for (const url of urls) books.push({ open: () => createDatabase({ url }), env: { DATABASE_URL: url } });
  dispose = async () => {
    for (const name of names) await runAdmin(serverUrl, `drop database if exists ${name} with (force)`);
  };
}

beforeAll(twoBooks, 180_000);
afterAll(() => dispose?.());

async function withBook<T>(book: Book, use: (db: Db) => Promise<T>): Promise<T> {
  const database = await book.open();
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}

/** Starts the close worker on the book and SIGKILLs it once KILL_AFTER loans are closed; its stdout. */
function closeAndKill(book: Book): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", workerScript], {
      cwd: SERVER_PACKAGE,
      env: { ...process.env, ...book.env, CLOSE_DATE: DATE, CLOSE_BATCH: "2" },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if ([...stdout.matchAll(/closed (\d+)/g)].some((match) => Number(match[1]) >= KILL_AFTER)) {
        child.kill("SIGKILL");
      }
    });
    child.on("exit", () => resolve(stdout));
  });
}

async function snapshotsFor(db: Db, asOf: string) {
  return db
    .select()
    .from(loanSnapshots)
    .where(and(eq(loanSnapshots.tenantId, TENANT), eq(loanSnapshots.asOfDate, asOf)));
}

// Ids and instants the two closes made differ (real clock, random ids); everything else must not.
const MADE_ID = /^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The value with instants, bigints and ids made by the close (not loans' ids) made comparable. */
function comparable(value: unknown, loanIds: ReadonlySet<string>): unknown {
  if (value instanceof Date) return "<instant>";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") {
    if (MADE_ID.test(value) && !loanIds.has(value)) return "<id>";
    return INSTANT.test(value) ? "<instant>" : value;
  }
  if (Array.isArray(value)) return value.map((item) => comparable(item, loanIds));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparable(item, loanIds)]));
  }
  return value;
}

/** Rows made comparable, in an order that does not depend on ids. */
function rowsOf(rows: ReadonlyArray<unknown>, loanIds: ReadonlySet<string>): unknown[] {
  return rows
    .map((row) => comparable(row, loanIds))
    .map((row) => ({ key: JSON.stringify(row), row }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);
}

/**
 * Everything the close writes, comparable between books. Left out: audit records (a killed worker never
 * writes its `business_day.closed` record, and the one that finishes counts only its own snapshots) and the
 * run's `workers_active` (a killed worker never leaves the run).
 */
async function closedBook(db: Db) {
  const loanRows = await db.select().from(loans).where(eq(loans.tenantId, TENANT));
  const loanIds = new Set(loanRows.map((row) => row.id));
  const byId = new Map(loanRows.map((row) => [row.id, decodeLoan(row)]));
  const checkpoints = (await db.select().from(loanCheckpoints).where(eq(loanCheckpoints.tenantId, TENANT))).map(
    ({ state, ...row }) => {
      const loan = byId.get(row.loanId);
      return { ...row, decoded: loan === undefined ? "no loan" : (decodeCheckpoint(state, loan) ?? "unreadable") };
    },
  );
  const runs = await db.select().from(closeRuns).where(eq(closeRuns.tenantId, TENANT));
  return {
    loans: rowsOf(loanRows, loanIds),
    snapshots: rowsOf(await db.select().from(loanSnapshots).where(eq(loanSnapshots.tenantId, TENANT)), loanIds),
    checkpoints: rowsOf(checkpoints, loanIds),
    events: rowsOf(await db.select().from(events).where(eq(events.tenantId, TENANT)), loanIds),
    deliveries: rowsOf(
      await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, TENANT)),
      loanIds,
    ),
    statements: rowsOf(await db.select().from(loanStatements).where(eq(loanStatements.tenantId, TENANT)), loanIds),
    queues: rowsOf(await db.select().from(collectionAccounts).where(eq(collectionAccounts.tenantId, TENANT)), loanIds),
    tasks: rowsOf(await db.select().from(tasks).where(eq(tasks.tenantId, TENANT)), loanIds),
    runs: rowsOf(
      runs.map(({ workersActive: _w, ...run }) => run),
      loanIds,
    ),
  };
}

/** Each loan's snapshot for DATE and its checkpoint are what a full replay of its events gives. */
async function expectFullReplayAnswers(db: Db): Promise<void> {
  const snapshots = new Map((await snapshotsFor(db, DATE)).map((row) => [row.loanId, row]));
  for (const { id, version } of await db.select().from(loans).where(eq(loans.tenantId, TENANT))) {
    const { state } = await fullReplay(db, TENANT, id, date(DATE));
    expect(snapshots.get(id), id).toMatchObject({
      eventsVersion: version,
      status: state.status,
      daysPastDue: state.daysPastDue,
      delinquencyBucket: state.delinquencyBucket,
      isNonPerforming: state.isNonPerforming,
      principalMinor: BigInt(state.outstanding.principalMinor),
      interestMinor: BigInt(state.outstanding.interestMinor),
      feesMinor: BigInt(state.outstanding.feesMinor),
      penaltiesMinor: BigInt(state.outstanding.penaltiesMinor),
      accruedInterestMinor: BigInt(state.accruedInterestMinor),
    });
    // Every long loan ends the close with a current checkpoint, the one a full replay makes; short ones none.
    if (version >= CHECKPOINT_MIN_EVENTS) await expectCheckpointOfFullReplay(db, TENANT, id, date(DATE));
    else expect(await db.select().from(loanCheckpoints).where(eq(loanCheckpoints.loanId, id))).toEqual([]);
  }
}

describe("a close of checkpointed loans killed midway", () => {
  it("leaves, run again, the book one clean close leaves", { timeout: 180_000 }, async () => {
    const [clean, killed] = books as [Book, Book];
    const once = await runCli(["close-day", "--date", DATE, "--batch", "3"], clean.env);
    expect(once.code, `${once.stdout}${once.stderr}`).toBe(0);

    const output = await closeAndKill(killed);
    expect(output).not.toContain("finished");
    const committed = await withBook(killed, async (db) => (await snapshotsFor(db, DATE)).length);
    expect(committed).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(committed).toBeLessThan(BOOK.length);
    const again = await runCli(["close-day", "--date", DATE, "--batch", "5"], killed.env);
    expect(again.code, `${again.stdout}${again.stderr}`).toBe(0);

    // The loan with an unreadable event closed from its checkpoint alone; readable again, its full replay
    // (and every other loan's) gives what the close stored.
    const expected = await withBook(clean, async (db) => {
      const book = await closedBook(db);
      await db
        .update(loanEvents)
        .set({ payload: unreadable.payload as Record<string, unknown> })
        .where(and(eq(loanEvents.loanId, unreadable.loanId), eq(loanEvents.sequence, 2)));
      await expectFullReplayAnswers(db);
      for (const [rows, found] of Object.entries(book)) expect(found.length, rows).toBeGreaterThan(0);
      return book;
    });
    await withBook(killed, async (db) => {
      expect(await closedBook(db)).toEqual(expected);
      // Each once: a snapshot per loan for the date, a statement and its event per loan due today, one run.
      expect((await snapshotsFor(db, DATE)).length).toBe(BOOK.length);
      const dueToday = BOOK.filter((kind) => firstDueDate(kind) === "2025-02-01").length;
      const issued = await db
        .select()
        .from(loanStatements)
        .where(and(eq(loanStatements.tenantId, TENANT), eq(loanStatements.statementDate, DATE)));
      expect(issued.length).toBe(dueToday);
      const todays = await db
        .select({ type: events.type, loanId: events.resourceId })
        .from(events)
        .where(and(eq(events.tenantId, TENANT), eq(events.businessDate, DATE)));
      for (const type of ["statement.issued", "loan.installment_due"]) {
        const loanIds = todays.filter((event) => event.type === type).map((event) => event.loanId);
        expect({ type, loans: loanIds.length, distinct: new Set(loanIds).size }).toEqual({
          type,
          loans: dueToday,
          distinct: dueToday,
        });
      }
      const runs = await db
        .select({ status: closeRuns.status, loansClosed: closeRuns.loansClosed })
        .from(closeRuns)
        .where(and(eq(closeRuns.tenantId, TENANT), eq(closeRuns.businessDate, DATE)));
      expect(runs).toEqual([{ status: "succeeded", loansClosed: BOOK.length }]);
    });
    console.info(`close kill with checkpoints: killed after ${committed} of ${BOOK.length} loans closed`);
  });
});
