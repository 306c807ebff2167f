import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.js";

/** The tables, for drizzle's typed queries. @example const tables: Schema = schema; */
export type Schema = typeof schema;

/**
 * A drizzle database over either backend; repositories take this (or a transaction) and nothing else.
 *
 * @example
 * const rows = await database.db.select().from(products).where(eq(products.tenantId, tenantId));
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** An open transaction on either backend. @example await db.transaction(async (tx: Tx) => { … }); */
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;

/** Where queries run: the database itself or an open transaction. @example productsRepository(executor, tenantId) */
export type Executor = Db | Tx;
