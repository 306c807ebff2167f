import { AsyncLocalStorage } from "node:async_hooks";
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "./rows.js";
import type { Db } from "./types.js";

/** The transaction `Db.transaction` hands its callback. @example async (tx: OpenTransaction) => … */
export type OpenTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

const ambient = new AsyncLocalStorage<OpenTransaction>();

/**
 * A write a request's transaction sends just before it commits, in one statement with the others deferred
 * there (`with <each write's CTEs> select <each write's answer>`): a payment's outbox, idempotency outcome and
 * audit link are one round trip, not three.
 *
 * @example
 * const write: DeferredWrite = { part: (p) => ({ ctes: sql.raw(`${p}done as (update … returning 1)`), answer: sql.raw(`(select count(*) from ${p}done)`) }) };
 */
export interface DeferredWrite {
  /**
   * Its part of the statement, built when it is sent: CTEs (`name as (…)`, comma-separated, every name starting
   * with `prefix`) and a scalar expression over them, its answer, that reads each of its data-modifying CTEs:
   * they then run when the answer is computed, in the parts' order (unread, they would run after all the
   * answers). Undefined adds nothing. The parts share one snapshot: none sees another's rows.
   */
  part(prefix: string): { readonly ctes: SQL; readonly answer: SQL } | undefined;
  /** Its answer is computed after all the others': it locks a row every change of the tenant waits for. */
  readonly isLast?: boolean;
  /**
   * Runs once the statement has run, still before the commit, with the part's answer (null without a part), in
   * the order the writes were deferred: it may send statements of its own, or throw to roll everything back.
   */
  settle?(answer: unknown): Promise<void>;
}

/** The writes each open ambient transaction sends once its `work` has returned, before it commits. */
const deferredWrites = new WeakMap<object, DeferredWrite[]>();
/** Executors made by {@link ambientAware}: inside a request they stand for its transaction. */
const awareExecutors = new WeakSet<object>();
/** Savepoints open through an ambient-aware executor, per ambient transaction. */
const openSavepoints = new WeakMap<object, number>();

/**
 * `base`, except that inside {@link runInAmbientTransaction} every property resolves on the open
 * transaction instead: `db.select()` runs in it and a service's `db.transaction(…)` becomes a savepoint.
 * Handlers and services keep taking a `Db` and need not know a request-wide transaction exists.
 *
 * Why a proxy and not a getter: routes capture `deps.db` once when they are registered, so the
 * switch must happen on every property access of that one object. Why it matters on PGlite: it has one
 * connection, and a query on the base database while a transaction is open waits for that transaction —
 * forever, if the transaction is waiting for the query.
 *
 * @example
 * const db = ambientAware(drizzle(client));
 * await runInAmbientTransaction(db, async () => { await db.insert(loans).values(row); }); // in the transaction
 */
export function ambientAware(base: Db): Db {
  const aware = new Proxy(base, {
    get(target, property) {
      const open = ambient.getStore();
      const current = open ?? target;
      if (open !== undefined && property === "transaction") return savepointCounted(open);
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
  awareExecutors.add(aware);
  return aware;
}

/** `open.transaction`, counting the savepoint while it is open (a write made in it cannot be deferred). */
function savepointCounted(open: OpenTransaction) {
  return <T>(work: (inner: OpenTransaction) => Promise<T>): Promise<T> =>
    open.transaction(async (inner) => {
      openSavepoints.set(open, (openSavepoints.get(open) ?? 0) + 1);
      try {
        return await work(inner);
      } finally {
        openSavepoints.set(open, (openSavepoints.get(open) ?? 1) - 1);
      }
    });
}

/**
 * Opens a transaction on `db` (a savepoint if one is already ambient) and runs `work` with it as the
 * ambient transaction: everything `work` does through an {@link ambientAware} database commits or rolls
 * back together. A throw rolls back and rethrows.
 *
 * @example
 * const outcome = await runInAmbientTransaction(database.db, async (tx) => next());
 */
export function runInAmbientTransaction<T>(db: Db, work: (tx: OpenTransaction) => Promise<T>): Promise<T> {
  return db.transaction((tx) =>
    ambient.run(tx, async () => {
      const writes: DeferredWrite[] = [];
      deferredWrites.set(tx, writes);
      try {
        const result = await work(tx);
        deferredWrites.delete(tx); // what the writes' `settle` writes goes out at once
        await sendDeferredWrites(tx, writes);
        return result;
      } finally {
        deferredWrites.delete(tx);
      }
    }),
  );
}

async function sendDeferredWrites(tx: OpenTransaction, writes: ReadonlyArray<DeferredWrite>): Promise<void> {
  const parts = writes.map((write, index) => write.part(`w${index}_`));
  const answers: unknown[] = parts.map(() => null);
  const sent = [false, true].flatMap((isLast) =>
    parts.flatMap((part, index) =>
      part === undefined || (writes[index]!.isLast ?? false) !== isLast ? [] : [{ part, index }],
    ),
  );
  if (sent.length > 0) {
    const ctes = sent.map(({ part }) => part.ctes);
    const columns = sent.map(({ part, index }) => sql`${part.answer} as ${sql.identifier(`a${index}`)}`);
    const [row] = rowsOf<Record<string, unknown>>(
      await tx.execute(sql`with ${sql.join(ctes, sql`, `)} select ${sql.join(columns, sql`, `)}`),
    );
    for (const { index } of sent) answers[index] = row?.[`a${index}`] ?? null;
  }
  for (let index = 0; index < writes.length; index++) await writes[index]!.settle?.(answers[index]);
}

/**
 * Defers `write` to the end of the request's transaction, when `executor` writes in it directly (the innermost
 * transaction {@link runInAmbientTransaction} opened here, or an {@link ambientAware} executor outside any
 * savepoint): it is then sent with the others just before the commit. Answers false (and defers nothing) for
 * any other executor, which must then write at once. A transaction that rolls back sends nothing.
 *
 * @example if (!deferWrite(tx, write)) await tx.execute(update); // `write`: a {@link DeferredWrite} of the same update
 */
export function deferWrite(executor: unknown, write: DeferredWrite): boolean {
  const open = directTransaction(executor);
  const writes = open === undefined ? undefined : deferredWrites.get(open);
  if (writes === undefined) return false;
  writes.push(write);
  return true;
}

/**
 * The request's transaction when `executor` writes directly in it (see {@link deferWrite}); else undefined.
 *
 * @example const open = directTransaction(executor); // the transaction itself, also for `Database.db`
 */
export function directTransaction(executor: unknown): OpenTransaction | undefined {
  const open = ambient.getStore();
  if (open === undefined || typeof executor !== "object" || executor === null) return undefined;
  const isDirect = executor === open || (awareExecutors.has(executor) && (openSavepoints.get(open) ?? 0) === 0);
  return isDirect ? open : undefined;
}

/** Whether a request-wide transaction is open here. @example if (isInAmbientTransaction()) … */
export function isInAmbientTransaction(): boolean {
  return ambient.getStore() !== undefined;
}

/**
 * Runs `work` in the request's transaction when one is open, without a savepoint of its own: whatever
 * `work` throws, or a 4xx the request then answers, rolls the whole request back (`tenantScope`,
 * `idempotency`), so a savepoint would cost two statements for nothing. Outside a request it opens a
 * transaction on `db` (a savepoint if `db` is itself a transaction).
 *
 * @example
 * return joinTransaction(db, async (tx) => { … });
 */
export function joinTransaction<T>(db: Db, work: (tx: OpenTransaction) => Promise<T>): Promise<T> {
  const open = ambient.getStore();
  return open === undefined ? db.transaction(work) : work(open);
}

/**
 * Runs `work` outside any request-wide transaction, on the base database: for a response body that is
 * read after its request's transaction has ended (a streamed export), whose reads open their own.
 *
 * @example await outsideAmbientTransaction(() => db.transaction(async (tx) => …));
 */
export function outsideAmbientTransaction<T>(work: () => T): T {
  return ambient.exit(work);
}
