import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "./types.js";

/** The transaction `Db.transaction` hands its callback. @example async (tx: OpenTransaction) => … */
export type OpenTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

const ambient = new AsyncLocalStorage<OpenTransaction>();

/** Work each open ambient transaction runs once its `work` has returned, before it commits. */
const beforeCommit = new WeakMap<object, Array<() => Promise<void>>>();

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
  return new Proxy(base, {
    get(target, property) {
      const current = ambient.getStore() ?? target;
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === "function" ? value.bind(current) : value;
    },
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
      const tasks: Array<() => Promise<void>> = [];
      beforeCommit.set(tx, tasks);
      try {
        const result = await work(tx);
        for (let index = 0; index < tasks.length; index++) await tasks[index]!();
        return result;
      } finally {
        beforeCommit.delete(tx);
      }
    }),
  );
}

/**
 * Runs `task` at the end of `tx`, once its work has returned and just before it commits, when `tx` is the
 * innermost transaction {@link runInAmbientTransaction} opened here; answers false (and does nothing) for any
 * other executor, which must then do the work at once. A transaction that rolls back never runs its tasks.
 *
 * @example if (!runBeforeCommit(tx, () => writeAudit(tx, context, entry))) await writeAudit(tx, context, entry);
 */
export function runBeforeCommit(tx: unknown, task: () => Promise<void>): boolean {
  if (typeof tx !== "object" || tx === null || ambient.getStore() !== tx) return false;
  const tasks = beforeCommit.get(tx);
  if (tasks === undefined) return false;
  tasks.push(task);
  return true;
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
