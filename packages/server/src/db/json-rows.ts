import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";

const casing = new CasingCache("snake_case");

/** A column as the recordset declares it: its database name, SQL type, and how its values travel in JSON. */
interface RecordsetColumn {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly fill: (() => unknown) | undefined;
  /** A default only the database computes (`now()`): such a column must be given. */
  readonly sqlDefault: boolean;
}

const shapes = new WeakMap<PgTable, ReadonlyArray<RecordsetColumn>>();

/** The table's insertable columns in the order the ORM's `insert … select` lists them. */
function recordsetColumns(table: PgTable): ReadonlyArray<RecordsetColumn> {
  const known = shapes.get(table);
  if (known !== undefined) return known;
  const columns = Object.entries(getTableColumns(table))
    // As the ORM decides (`shouldDisableInsert`, internal): generated columns are not inserted.
    .filter(([, column]) => column.generated === undefined || column.generated.type === "byDefault")
    .map(([key, column]) => {
      const fallback = column.default;
      const fill =
        column.defaultFn !== undefined
          ? column.defaultFn
          : fallback !== undefined && !is(fallback, SQL)
            ? () => fallback
            : undefined;
      const sqlDefault = fill === undefined && fallback !== undefined;
      return { key, name: casing.getColumnCasing(column), type: column.getSQLType(), fill, sqlDefault };
    });
  shapes.set(table, columns);
  return columns;
}

function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return String(value);
  return value;
}

/**
 * The rows as the `select` of an ORM `insert(table).select(…)`: one `jsonb_to_recordset` over a single
 * jsonb parameter. Building the ORM's multi-row `values` costs tens of microseconds of CPU a row (a bind
 * parameter and a type lookup per field); this costs one `JSON.stringify`. Dates travel as ISO strings and
 * bigints as strings, so no figure passes through a float; a missing field takes the column's default
 * from the schema (a SQL default cannot be given this way: pass the value).
 *
 * @example
 * await tx.insert(tasks).select(jsonRows(tasks, rows)).returning();
 */
export function jsonRows<Table extends PgTable>(table: Table, rows: ReadonlyArray<Table["$inferInsert"]>): SQL {
  const columns = recordsetColumns(table);
  const encoded = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      const given = (row as Record<string, unknown>)[column.key];
      const value = given === undefined ? column.fill?.() : given;
      if (value instanceof SQL || (value === undefined && column.sqlDefault)) {
        throw new TypeError(`jsonRows: give ${column.key} a value (its default is SQL)`);
      }
      record[column.name] = value === undefined ? null : toJsonValue(value);
    }
    return record;
  });
  const names = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  const declared = sql.join(
    columns.map((column) => sql`${sql.identifier(column.name)} ${sql.raw(column.type)}`),
    sql`, `,
  );
  return sql`select ${names} from jsonb_to_recordset(${JSON.stringify(encoded)}::jsonb) as r(${declared})`;
}
