import { asc, sql } from "drizzle-orm";
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonRows } from "../src/db/json-rows.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// `jsonRows` (one jsonb parameter for a multi-row insert) stores exactly what the ORM's `values` stores:
// the same rows through both, read back equal, for random rows at the edges of each type.
const columns = () => ({
  id: integer().notNull(),
  label: text().notNull(),
  note: text(),
  amountMinor: bigint({ mode: "bigint" }).notNull(),
  count: integer().notNull().default(7),
  flag: boolean().notNull().default(false),
  onDate: date({ mode: "string" }),
  at: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  details: jsonb().$type<Record<string, unknown>>(),
  createdBy: text()
    .notNull()
    .$defaultFn(() => "system"),
});
const sample = pgTable("json_rows_sample", columns());
const twin = pgTable("json_rows_twin", columns());

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  for (const name of ["json_rows_sample", "json_rows_twin"]) {
    await testDatabase.db.execute(
      sql.raw(`create table ${name} (id integer not null, label text not null, note text,
        amount_minor bigint not null, count integer not null default 7, flag boolean not null default false,
        on_date date, at timestamptz not null, details jsonb, created_by text not null)`),
    );
  }
});
afterAll(() => testDatabase.dispose());

const rowArbitrary = fc.record(
  {
    label: fc.string({ maxLength: 20, unit: "grapheme" }).map((text) => text.replaceAll("\u0000", "")),
    note: fc.option(
      fc.string({ maxLength: 10 }).map((text) => text.replaceAll("\u0000", "")),
      { nil: null },
    ),
    amountMinor: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    count: fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: undefined }),
    flag: fc.option(fc.boolean(), { nil: undefined }),
    onDate: fc.option(
      fc
        .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
        .map((day) => day.toISOString().slice(0, 10)),
      { nil: null },
    ),
    at: fc.date({ min: new Date("1970-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }),
    details: fc.option(
      fc
        .dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string(), fc.boolean()))
        .map((entries) => ({ ...entries })),
      { nil: null },
    ),
  },
  { requiredKeys: ["label", "note", "amountMinor", "onDate", "at", "details"] },
);

describe("jsonRows", () => {
  it("stores what the ORM's values store, defaults included", async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArbitrary, { minLength: 1, maxLength: 20 }), async (drawn) => {
        round += 1;
        const rows = drawn.map((row, index) => ({ ...row, id: round * 1_000 + index }));
        await testDatabase.db.insert(sample).values(rows);
        await testDatabase.db.insert(twin).select(jsonRows(twin, rows));
        const where = sql`id >= ${round * 1_000} and id < ${(round + 1) * 1_000}`;
        const viaValues = await testDatabase.db.select().from(sample).where(where).orderBy(asc(sample.id));
        const viaJson = await testDatabase.db.select().from(twin).where(where).orderBy(asc(twin.id));
        expect(viaJson).toEqual(viaValues);
        expect(viaJson).toHaveLength(rows.length);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a missing value whose default only the database knows", () => {
    const stamped = pgTable("json_rows_stamped", { at: timestamp({ withTimezone: true }).notNull().defaultNow() });
    expect(() => jsonRows(stamped, [{}])).toThrow(/give at a value/);
  });
});
