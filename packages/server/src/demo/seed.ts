import { demoProducts } from "@lendstack/core/demo";
import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { products, tenantSettings } from "../db/schema/index.js";
import type { IdGenerator } from "../ids.js";
import { createProduct } from "../products/service.js";
import { saveTenantSettings } from "../tenants/store.js";
import { seedDemoRuleSet } from "./rule-set.js";

/** The tenant `lendstack serve` and `lendstack seed` fill with demo products. @example mintDevelopmentToken({ tenant: DEMO_TENANT, scopes }) */
export const DEMO_TENANT = "demo";

/** Options for {@link seedDemoTenant}. @example const options: SeedOptions = { clock: () => new Date(), ids }; */
export interface SeedOptions {
  readonly tenantId?: string;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
}

/**
 * Makes the tenant a sandbox (when it has no settings yet) and gives it core's demo products (personal loan, auto loan, 30-year mortgage, pay-in-4) when it
 * has no products at all; otherwise does nothing. Safe to run repeatedly and from several processes at
 * once (a transaction-scoped advisory lock on the tenant serializes them). Returns how many it created.
 *
 * @example
 * const created = await seedDemoTenant(database, { clock: () => new Date(), ids });
 */
export async function seedDemoTenant(database: Database, options: SeedOptions): Promise<number> {
  const tenantId = options.tenantId ?? DEMO_TENANT;
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lendstack:seed:${tenantId}`}))`);
    const ruleSetContext = {
      tenantId,
      actor: "lendstack-seed",
      requestId: "seed",
      now: options.clock(),
      ids: options.ids,
    };
    await seedDemoRuleSet(tx, ruleSetContext); // the demo underwriting rule set (with its scorecard), published v1
    const [settings] = await tx.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
    if (settings === undefined) await saveTenantSettings(tx, tenantId, { sandbox: true }, options.clock()); // a test clock to play with
    const [row] = await tx.select({ total: count() }).from(products).where(eq(products.tenantId, tenantId));
    if ((row?.total ?? 0) > 0) return 0;
    const context = { tenantId, actor: "lendstack-seed", requestId: "seed", now: options.clock(), ids: options.ids };
    for (const definition of demoProducts) await createProduct(tx, context, definition);
    return demoProducts.length;
  });
}
