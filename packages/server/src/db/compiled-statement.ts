import { Column, getTableColumns, is, type Placeholder, type Query, SQL, sql, Table } from "drizzle-orm";
import type { PgColumn, SelectedFieldsOrdered } from "drizzle-orm/pg-core";
import { rowsOf } from "./rows.js";
import type { Executor } from "./types.js";

/** What a statement's values are called: each becomes `sql.placeholder(name)` when it is built. */
type Values = object;

/** A drizzle query builder, or raw `sql`, that can say its text and parameters. */
interface Buildable {
  toSQL(): Query;
}

/**
 * The columns a statement selects or returns, as passed to drizzle's `select(…)` or `returning({…})`: a table
 * (its columns), or named columns, `sql` expressions and nested tables.
 */
type Selection = Table | { readonly [name: string]: PgColumn | SQL | Table };

/** The selection flattened in order, each column with its path in the mapped row (as drizzle's builders do). */
function orderedFields(selection: Selection): SelectedFieldsOrdered {
  const entries = is(selection, Table) ? Object.entries(getTableColumns(selection)) : Object.entries(selection);
  return entries.flatMap(([name, field]) =>
    is(field, Column) || is(field, SQL)
      ? [{ path: [name], field: field as PgColumn | SQL }]
      : Object.entries(getTableColumns(field as Table)).map(([column, inner]) => ({
          path: [name, column],
          field: inner as PgColumn,
        })),
  );
}

/**
 * A statement drizzle builds once, with a placeholder for each value, then runs on any executor by binding the
 * values alone. Building a query costs more CPU than running it: on the payment path, drizzle's query building
 * was about 13 % of the server's samples (5 builder queries a payment), for texts that never change. Rows come
 * back mapped to `selection`'s shape (drizzle's own mapping, column types decoded) or, with no selection, not
 * at all. The text is built by the first executor that runs it; both backends share one dialect and casing,
 * so every executor builds the same text.
 *
 * @example
 * const find = compiledStatement(
 *   (db, value) => db.select({ id: loans.id }).from(loans).where(eq(loans.id, value("id"))),
 *   { id: loans.id },
 * );
 * const rows = await find.run(tx, { id: "loan_…" }); // [{ id: "loan_…" }]
 */
export function compiledStatement<TValues extends Values, TRow = never>(
  build: (db: Executor, value: (name: keyof TValues & string) => Placeholder) => Buildable,
  selection?: Selection,
) {
  let query: Query | undefined;
  const fields = selection === undefined ? undefined : orderedFields(selection);
  return {
    async run(executor: Executor, values: TValues): Promise<TRow[]> {
      query ??= build(executor, (name) => sql.placeholder(name)).toSQL();
      const prepared = executor._.session.prepareQuery(query, fields, undefined, true);
      const result: unknown = await prepared.execute(values as Record<string, unknown>);
      return fields === undefined ? [] : (result as TRow[]);
    },
    /** The statement's text (for tests and plans). */
    text(executor: Executor): string {
      query ??= build(executor, (name) => sql.placeholder(name)).toSQL();
      return query.sql;
    },
  };
}

/**
 * A raw `sql` statement compiled once, as {@link compiledStatement} does a builder's: `build` is called once, with
 * a placeholder for each value, and each run binds the values alone. Rows come back as `executor.execute` gives
 * them (named as the text names them, values as the driver decodes them).
 *
 * @example
 * const count = compiledSql<{ tenantId: string }, { n: number }>(
 *   (value) => sql`select count(*)::int as n from ${loans} where tenant_id = ${value("tenantId")}`,
 * );
 * const [{ n }] = await count.run(tx, { tenantId: "demo" });
 */
export function compiledSql<TValues extends Values, TRow = never>(
  build: (value: (name: keyof TValues & string) => Placeholder) => SQL,
) {
  let query: Query | undefined;
  const queryOf = (executor: Executor) => {
    query ??= executor.execute(build((name) => sql.placeholder(name))).getQuery();
    return query;
  };
  return {
    async run(executor: Executor, values: TValues): Promise<TRow[]> {
      const prepared = executor._.session.prepareQuery(queryOf(executor), undefined, undefined, false);
      return rowsOf<TRow>(await prepared.execute(values as Record<string, unknown>));
    },
    /** The statement's text (for tests and plans). */
    text: (executor: Executor): string => queryOf(executor).sql,
  };
}
