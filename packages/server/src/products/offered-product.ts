import { fail, ok, type Result } from "@lendstack/core/errors";
import type { ProductDefinition } from "@lendstack/core/products";
import { and, eq, sql } from "drizzle-orm";
import { compiledStatement } from "../db/compiled-statement.js";
import type { Executor } from "../db/database.js";
import { products, productVersions } from "../db/schema/index.js";
import { storedDefinition } from "./service.js";

type OfferedKey = { tenantId: string; productId: string; version: number | null };

const offered = {
  status: products.status,
  currentVersion: products.currentVersion,
  version: productVersions.version,
  definition: productVersions.definition,
};

/** The product and the version asked for (its current one by default), in one statement: every quote reads them. */
const findOffered = compiledStatement<
  OfferedKey,
  { status: string; currentVersion: number; version: number | null; definition: Record<string, unknown> }
>(
  (db, value) =>
    db
      .select(offered)
      .from(products)
      .leftJoin(
        productVersions,
        and(
          eq(productVersions.tenantId, products.tenantId),
          eq(productVersions.productId, products.id),
          eq(productVersions.version, sql`coalesce(${value("version")}::integer, ${products.currentVersion})`),
        ),
      )
      .where(and(eq(products.tenantId, value("tenantId")), eq(products.id, value("productId")))),
  offered,
);

/**
 * The tenant's product definition at `version` (default its current one), for a new quote or loan:
 * `product_not_found`, `product_archived` (archived products offer no new loans) or
 * `product_version_not_found` otherwise.
 *
 * @example
 * const loaded = await loadOfferedProduct(tx, "demo", "prd_01JGFJJZ0000000000000000AB", undefined);
 */
export async function loadOfferedProduct(
  executor: Executor,
  tenantId: string,
  productId: string,
  version: number | undefined,
): Promise<Result<{ definition: ProductDefinition; version: number }>> {
  const [found] = await findOffered.run(executor, { tenantId, productId, version: version ?? null });
  if (found === undefined) return fail("product_not_found", `No product ${productId} in this tenant.`, ["productId"]);
  if (found.status === "archived") {
    return fail("product_archived", `Product ${productId} is archived and offers no new loans.`, ["productId"]);
  }
  const wanted = version ?? found.currentVersion;
  if (found.version === null) {
    return fail("product_version_not_found", `Product ${productId} has no version ${wanted}.`, ["productVersion"]);
  }
  return ok({
    definition: storedDefinition({ productId, version: wanted, definition: found.definition }),
    version: wanted,
  });
}
