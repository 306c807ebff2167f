import { readFileSync } from "node:fs";
import { join } from "node:path";
import { demoProducts } from "@lendstack/core/demo";
import { validateProductDefinition } from "@lendstack/core/products";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMigrationsFolder } from "../src/db/database.js";
import { loanEvents, loans, products, productVersions, ruleSets, ruleSetVersions } from "../src/db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Migration 0009 renames stored documents' fields to the API's one name per concept (issue 8). Rows written before it (the shapes below, as
// the API stored them until then) are inserted into a migrated database and the migration's SQL is run over them.

let testDatabase: TestDatabase;
const db = () => testDatabase.db;
const now = new Date("2026-01-01T00:00:00Z");

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

async function runMigration0009(): Promise<void> {
  const text = readFileSync(join(findMigrationsFolder(), "0009_one_name_per_concept.sql"), "utf8");
  for (const statement of text.split("--> statement-breakpoint")) await db().execute(sql.raw(statement));
}

/** The demo personal loan as stored before 0009: `…Minor` amount names. */
const legacyDefinition = {
  ...demoProducts[0],
  amountLimits: { minMinor: 100_000, maxMinor: 5_000_000 },
  fees: {
    origination: {
      type: "percent",
      percent: "5",
      base: "principal",
      minMinor: 2_500,
      maxMinor: 400_000,
      treatment: "deducted",
    },
    late: { type: "percent", percent: "5", base: "installment", minMinor: 1_500, maxMinor: 4_000 },
    nsf: { type: "flat", amountMinor: 2_500 },
  },
  rounding: { decimalPlaces: 2, installmentMultipleMinor: 1, mode: "half-up" },
};

describe("migration 0009: one name per concept in stored documents", () => {
  it("renames a stored product definition's amounts, which then validate as the new shape", async () => {
    await db().insert(products).values({
      tenantId: "legacy",
      id: "prd_legacy",
      name: "Legacy",
      status: "active",
      currentVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    await db().insert(productVersions).values({
      tenantId: "legacy",
      productId: "prd_legacy",
      version: 1,
      definition: legacyDefinition,
      createdAt: now,
      createdBy: "test",
    });
    await runMigration0009();
    const [row] = await db().select().from(productVersions).where(eq(productVersions.productId, "prd_legacy"));
    const definition = row?.definition as Record<string, Record<string, unknown>>;
    expect(definition.amountLimits).toEqual({ min: 100_000, max: 5_000_000 });
    expect(definition.fees).toEqual({
      origination: {
        type: "percent",
        percent: "5",
        base: "principal",
        min: 2_500,
        max: 400_000,
        treatment: "deducted",
      },
      late: { type: "percent", percent: "5", base: "installment", min: 1_500, max: 4_000 },
      nsf: { type: "flat", amount: 2_500 },
    });
    expect(definition.rounding).toEqual({ decimalPlaces: 2, installmentMultiple: 1, mode: "half-up" });
    expect(validateProductDefinition(definition).ok).toBe(true);
  });

  it("renames a rule set's usury bands to integers and leaves other rules and documents alone", async () => {
    await db().insert(ruleSets).values({
      tenantId: "legacy",
      id: "rls_legacy",
      key: "legacy",
      latestVersion: 2,
      createdAt: now,
      updatedAt: now,
    });
    const rule = { id: "ca", state: "CA", productTypes: ["consumer"], rateDefinition: "apr", maxRatePercent: "36" };
    const banded = { ...rule, id: "ca-small", amountAtLeastMinor: "0", amountBelowMinor: "250000" };
    const versions = [
      { version: 1, document: { id: "legacy", rules: [] } },
      { version: 2, document: { id: "legacy", compliance: { usuryTable: { version: "1", rules: [banded, rule] } } } },
    ];
    for (const { version, document } of versions) {
      await db().insert(ruleSetVersions).values({
        tenantId: "legacy",
        ruleSetId: "rls_legacy",
        version,
        status: "draft",
        document,
        createdAt: now,
        createdBy: "test",
        updatedAt: now,
      });
    }
    await runMigration0009();
    const rows = await db()
      .select()
      .from(ruleSetVersions)
      .where(and(eq(ruleSetVersions.tenantId, "legacy"), eq(ruleSetVersions.ruleSetId, "rls_legacy")))
      .orderBy(ruleSetVersions.version);
    expect(rows.map((row) => row.document)).toEqual([
      { id: "legacy", rules: [] },
      {
        id: "legacy",
        compliance: {
          usuryTable: {
            version: "1",
            rules: [{ ...rule, id: "ca-small", amountAtLeast: 0, amountBelow: 250_000 }, rule],
          },
        },
      },
    ]);
  });

  it("spells a stored payment holiday's and reschedule's capitalization the American way", async () => {
    await db().insert(loans).values({
      tenantId: "legacy",
      id: "loan_legacy",
      productId: "prd_legacy",
      productVersion: 1,
      currency: "USD",
      principalMinor: 1_000_000n,
      status: "active",
      version: 3,
      terms: {},
      policy: {},
      boarding: {},
      disbursementDate: "2025-01-01",
      createdAt: now,
      updatedAt: now,
    });
    const event = { tenantId: "legacy", loanId: "loan_legacy", effectiveDate: "2025-05-01", recordedAt: now };
    await db()
      .insert(loanEvents)
      .values(
        [
          {
            ...event,
            sequence: 1,
            eventId: "hol_1",
            type: "payment-holiday",
            payload: { installments: 2, interest: "capitalise" },
          },
          {
            ...event,
            sequence: 2,
            eventId: "hol_2",
            type: "payment-holiday",
            payload: { installments: 1, interest: "defer" },
          },
          {
            ...event,
            sequence: 3,
            eventId: "rsc_1",
            type: "reschedule",
            payload: { numberOfPayments: 24, capitaliseArrears: true, firstPaymentDate: "2025-06-01" },
          },
        ].map((row) => ({ ...row, recordedBy: "test" })),
      );
    await runMigration0009();
    const rows = await db()
      .select()
      .from(loanEvents)
      .where(eq(loanEvents.loanId, "loan_legacy"))
      .orderBy(loanEvents.sequence);
    expect(rows.map((row) => row.payload)).toEqual([
      { installments: 2, interest: "capitalize" },
      { installments: 1, interest: "defer" },
      { numberOfPayments: 24, capitalizeArrears: true, firstPaymentDate: "2025-06-01" },
    ]);
  });
});
