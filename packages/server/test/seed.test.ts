import { demoProducts } from "@lendstack/core/demo";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, products } from "../src/db/schema/index.js";
import { seedDemoTenant } from "../src/demo/seed.js";
import { createIdGenerator } from "../src/ids.js";
import { createTestClock } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

describe("seedDemoTenant", () => {
  it("creates core's demo products once, with audit rows; a second run does nothing", async () => {
    const clock = createTestClock();
    const ids = createIdGenerator({ clock });
    expect(await seedDemoTenant(testDatabase.database, { tenantId: "seed-once", clock, ids })).toBe(
      demoProducts.length,
    );
    expect(await seedDemoTenant(testDatabase.database, { tenantId: "seed-once", clock, ids })).toBe(0);
    const rows = await testDatabase.db.select().from(products).where(eq(products.tenantId, "seed-once"));
    expect(rows.map((row) => row.name).sort()).toEqual(demoProducts.map((product) => product.name).sort());
    const audits = await testDatabase.db.select().from(auditRecords).where(eq(auditRecords.tenantId, "seed-once"));
    expect(audits).toHaveLength(demoProducts.length);
    expect(new Set(audits.map((row) => row.actor))).toEqual(new Set(["lendstack-seed"]));
  });

  it("concurrent seeds of one tenant still create each product once", async () => {
    const clock = createTestClock();
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        seedDemoTenant(testDatabase.database, { tenantId: "seed-race", clock, ids: createIdGenerator({ clock }) }),
      ),
    );
    expect(runs.sort()).toEqual([0, 0, demoProducts.length]);
    const rows = await testDatabase.db.select().from(products).where(eq(products.tenantId, "seed-race"));
    expect(rows).toHaveLength(demoProducts.length);
  });
});
