import { fail, ok, type Result } from "@lendstack/core/errors";
import type { ProductDefinition } from "@lendstack/core/products";
import type { Executor } from "../db/database.js";
import { storedDefinition } from "./service.js";
import { productsRepository } from "./store.js";

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
  const repository = productsRepository(executor, tenantId);
  const product = await repository.find(productId);
  if (product === undefined) return fail("product_not_found", `No product ${productId} in this tenant.`, ["productId"]);
  if (product.status === "archived") {
    return fail("product_archived", `Product ${productId} is archived and offers no new loans.`, ["productId"]);
  }
  const wanted = version ?? product.currentVersion;
  const row = await repository.findVersion(productId, wanted);
  if (row === undefined) {
    return fail("product_version_not_found", `Product ${productId} has no version ${wanted}.`, ["productVersion"]);
  }
  return ok({ definition: storedDefinition(row), version: wanted });
}
