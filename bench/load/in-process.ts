/**
 * The in-process side of a load run: the server's app on the scratch database in this process (the HTTP
 * rows' baselines), a count of the SQL statements and commits one payment makes (the `pg` driver's
 * `Client#query` wrapped while it runs), and the close's compute floor (core's full replay of each loan).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import pg from "pg";
import { replay } from "../../packages/core/src/servicing/index.js";
import { createApp } from "../../packages/server/src/app.js";
import { DEVELOPMENT_JWT_SECRET, loadConfig } from "../../packages/server/src/config.js";
import { createDatabase, type Database } from "../../packages/server/src/db/database.js";
import { loanEvents, loans } from "../../packages/server/src/db/schema/index.js";
import { memoryRateLimitStore } from "../../packages/server/src/http/rate-limit-store.js";
import { createIdGenerator } from "../../packages/server/src/ids.js";
import { decodeLoan, rowToEvent } from "../../packages/server/src/loans/codec.js";
import { createLogger } from "../../packages/server/src/logger.js";
import { operationsPerSecond } from "../harness.js";
import type { RequestShape } from "./drive.js";

/** The app as `lendstack serve` builds it (development secret, limiter on), logging off. */
export async function inProcessApp(url: string) {
  const database: Database = await createDatabase({ url });
  const clock = () => new Date();
  const app = createApp({
    database,
    clock,
    ids: createIdGenerator({ clock }),
    auth: { issuer: "lendstack", audience: "lendstack-api", keys: { kind: "secret", secret: DEVELOPMENT_JWT_SECRET } },
    logger: createLogger("silent"),
    rateLimit: { store: memoryRateLimitStore(), limitPerMinute: 1_000_000_000 },
    // As the server runs (LENDSTACK_GROUP_COMMIT), so the baseline measures the same path.
    groupCommit: loadConfig(process.env).database.groupCommit,
  });
  return { database, handle: (path: string, init: RequestInit) => app.request(path, init) };
}

/** What one request sent to PostgreSQL. @example const { statements, commits } = await countStatements(…); */
export interface StatementCount {
  readonly statements: number;
  readonly commits: number;
  /** The first words of each statement, in order. */
  readonly outline: ReadonlyArray<string>;
}

function textOf(query: unknown): string {
  if (typeof query === "string") return query;
  if (typeof query === "object" && query !== null && "text" in query) return String(query.text);
  return "";
}

/**
 * Counts the statements (and `commit`s) the driver sends while one request runs in-process; nothing else
 * may use the database meanwhile.
 *
 * @example
 * const count = await countStatements(handle, token, payments(ids, today, "count")(0));
 */
export async function countStatements(
  handle: (path: string, init: RequestInit) => Response | Promise<Response>,
  token: string,
  shape: RequestShape,
): Promise<StatementCount> {
  const outline: string[] = [];
  const original = pg.Client.prototype.query;
  const counting = function (this: pg.Client, ...args: unknown[]) {
    outline.push(textOf(args[0]).replace(/\s+/g, " ").trim().slice(0, 60));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = counting as typeof original;
  try {
    const response = await handle(shape.path, {
      method: shape.method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...shape.headers },
      ...(shape.body === undefined ? {} : { body: shape.body }),
    });
    if (response.status >= 300) throw new Error(`counted request failed: ${response.status} ${await response.text()}`);
  } finally {
    pg.Client.prototype.query = original;
  }
  return { statements: outline.length, commits: outline.filter((text) => /^commit/i.test(text)).length, outline };
}

/**
 * Loans per second core's full `replay` manages on one core, over the given loans read from the
 * database (decoded as the server decodes them): the close's compute floor today.
 *
 * @example
 * const perSecond = await replayRate(database, "demo", templateIds, "2026-12-04");
 */
export async function replayRate(database: Database, tenantId: string, loanIds: string[], asOf: string) {
  const rows = await database.db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), inArray(loans.id, loanIds)));
  const events = await database.db
    .select()
    .from(loanEvents)
    .where(and(eq(loanEvents.tenantId, tenantId), inArray(loanEvents.loanId, loanIds)))
    .orderBy(asc(loanEvents.loanId), asc(loanEvents.sequence));
  const decoded = rows.map((row) => ({
    loan: decodeLoan(row),
    events: events.filter((event) => event.loanId === row.id).map(rowToEvent),
  }));
  const perLoan = () => {
    for (const { loan, events: history } of decoded) {
      const state = replay(loan, history, asOf as Parameters<typeof replay>[2]);
      if (!state.ok) throw new Error(`replay failed: ${state.error.code}`);
    }
  };
  return operationsPerSecond(perLoan, decoded.length, 9);
}
