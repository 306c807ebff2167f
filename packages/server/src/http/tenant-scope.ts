import { type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import {
  isInAmbientTransaction,
  type OpenTransaction,
  outsideAmbientTransaction,
  runInAmbientTransaction,
} from "../db/ambient.js";
import { compiledSql } from "../db/compiled-statement.js";
import type { Db } from "../db/types.js";
import type { AppEnv } from "./app-env.js";
import { keepsChangesOnFailure } from "./keep-on-failure.js";

/** The role API requests run as; row-level security policies apply to it (migration 0007). */
export const TENANT_ROLE = "lendstack_tenant";

/** Ends the request's transaction without committing; the response is already on the context. */
class RollBack {}

/**
 * A value read in the statement that opens the tenant scope (one round trip fewer per request), and what
 * the request does with it. The expression is planned before the scope applies, as the connection's own
 * role, so it must name its tenant itself.
 */
export interface ScopeReading {
  /** A scalar SQL expression for the tenant (a placeholder for its id), e.g. a sub-select of its settings as JSON. */
  readonly expression: (tenantId: Placeholder) => SQL;
  readonly use: (c: Context<AppEnv>, value: unknown) => void;
}

/** The statement that opens the scope, compiled once: only the tenant changes from request to request. */
function scopeStatement(reading: ScopeReading | undefined) {
  return compiledSql<{ tenantId: string }, { reading: unknown }>((value) => {
    const tenantId = value("tenantId");
    const read = reading === undefined ? sql`null` : reading.expression(tenantId);
    return sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true), ${read} as reading`;
  });
}

/**
 * Runs the rest of an authenticated request in one database transaction, as {@link TENANT_ROLE} with
 * `app.tenant_id` set to the token's tenant. Row-level security then shows each query only that tenant's
 * rows, whatever its `where` clause says: a repository that forgets its tenant filter still cannot read or
 * write another tenant's data. The transaction is ambient, so handlers and services join it without
 * knowing; an answer of 400 or more rolls it back, so a failed request leaves nothing half-written (unless
 * its handler called `keepChangesOnFailure`: a failed attempt that must count). With `reading`, the same
 * statement also reads a value for the request (the tenant's settings: see `tenants/context.ts`).
 *
 * @example
 * app.use("/v1/*", authenticate(verifier));
 * app.use("/v1/*", tenantScope(database.db, tenantSettingsReading(clock)));
 */
export function tenantScope(db: Db, reading?: ScopeReading): MiddlewareHandler<AppEnv> {
  const scope = scopeStatement(reading);
  return async (c, next) => {
    const values = { tenantId: c.get("principal").tenantId };
    const opened = (rows: ReadonlyArray<{ reading: unknown }>) => reading?.use(c, rows[0]?.reading ?? null);
    // A group-committed request (`c.get("groupCommit")`) opens no transaction: its change is stored in a batch's,
    // scoped the same way, and its handler reads the tenant's settings with its loan (one statement fewer).
    if (c.get("groupCommit") !== undefined && reading !== undefined) {
      c.set("deferredTenantReading", {
        use: (value) => reading.use(c, value),
        readAlone: async () => opened(await scope.run(db, values)),
      });
      return next();
    }
    // Inside an Idempotency-Key's transaction (app.ts runs it first), which rolls back on a throw or any answer
    // of 400 or more: joined without a savepoint of its own, two statements a request fewer.
    if (isInAmbientTransaction() || c.get("groupCommit") !== undefined) {
      opened(await scope.run(db, values));
      return next();
    }
    try {
      await runInAmbientTransaction(db, async (tx) => {
        opened(await scope.run(tx, values));
        await next();
        if (c.res.status >= 400 && !keepsChangesOnFailure(c)) throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
  };
}

/**
 * Runs `work` in a transaction of its own as {@link TENANT_ROLE} for `tenantId`, outside the request's
 * transaction (row-level security as in `tenantScope`): for reads made after the request has answered,
 * such as the pages of a streamed export.
 *
 * @example const rows = await runAsTenant(db, tenantId, (tx) => loansStore(tx, tenantId).list({ take: 200 }));
 */
export function runAsTenant<T>(db: Db, tenantId: string, work: (tx: OpenTransaction) => Promise<T>): Promise<T> {
  const scope = sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true)`;
  return outsideAmbientTransaction(() =>
    db.transaction(async (tx) => {
      await tx.execute(scope);
      return work(tx);
    }),
  );
}
