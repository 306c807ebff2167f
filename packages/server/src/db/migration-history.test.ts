import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMigrationsFolder } from "./database.js";
import { committedMigrations, historyMismatch } from "./migration-history.js";

const committed = [
  { tag: "0000_initial", when: 1_000, hash: "a" },
  { tag: "0001_fees", when: 2_000, hash: "b" },
  { tag: "0002_tasks", when: 3_000, hash: "c" },
];
const applied = (...rows: Array<[number, string]>) => rows.map(([when, hash]) => ({ when, hash }));

describe("historyMismatch", () => {
  it("agrees with a database that applied all, or the first few, as committed", () => {
    expect(historyMismatch(applied([1_000, "a"], [2_000, "b"], [3_000, "c"]), committed)).toBeUndefined();
    expect(historyMismatch(applied([1_000, "a"]), committed)).toBeUndefined();
    expect(historyMismatch([], committed)).toBeUndefined();
  });

  it("names a migration edited after it was applied", () => {
    expect(historyMismatch(applied([1_000, "a"], [2_000, "B"]), committed)).toBe(
      "migration 0001_fees was changed after it was applied to this database; committed migrations are never edited: add a new one",
    );
  });

  it("finds an applied migration deleted from the build", () => {
    const withoutFees = committed.filter((migration) => migration.tag !== "0001_fees");
    expect(historyMismatch(applied([1_000, "a"], [2_000, "b"]), withoutFees)).toBe(
      "a migration applied to this database (1970-01-01T00:00:02.000Z) is missing from this build; committed migrations are never deleted",
    );
  });

  it("refuses a database a newer build migrated", () => {
    expect(historyMismatch(applied([1_000, "a"], [2_000, "b"], [3_000, "c"], [4_000, "d"]), committed)).toMatch(
      /^this database was migrated by a newer Lendstack \(a migration of 1970-01-01T00:00:04\.000Z/,
    );
  });

  it("finds a migration older than the newest applied that drizzle would skip for ever", () => {
    expect(historyMismatch(applied([1_000, "a"], [3_000, "c"]), committed)).toBe(
      "migration 0001_fees is older than the newest one this database applied, so it would never run; regenerate it after the newest migration",
    );
  });
});

describe("the committed migrations", () => {
  const migrations = committedMigrations(findMigrationsFolder());

  it("are numbered 0000 onward without a gap, newer each, one SQL file per journal entry", () => {
    expect(migrations.map((migration) => Number(migration.tag.slice(0, 4)))).toEqual(migrations.map((_, i) => i));
    for (const [i, migration] of migrations.entries()) {
      if (i > 0) expect(migration.when).toBeGreaterThan(migrations[i - 1]?.when ?? 0);
      expect(migration.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const files = readdirSync(findMigrationsFolder()).filter((name) => name.endsWith(".sql"));
    expect(files.sort()).toEqual(migrations.map((migration) => `${migration.tag}.sql`));
  });
});
