import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ProductDefinition, productDefinitionSchema } from "@lendstack/core/products";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import { cachedDecoder } from "../db/decode-cache.js";
import type { ProductRow, ProductVersionRow } from "../db/schema/index.js";
import {
  type ProductListQuery,
  type ProductsRepository,
  type ProductVersionListQuery,
  productsRepository,
} from "./store.js";

/** A product with its latest definition, as the API returns it. @example const view: ProductView = await createProduct(db, context, definition); */
export interface ProductView {
  readonly id: string;
  readonly name: string;
  readonly status: "active" | "archived";
  readonly version: number;
  readonly definition: ProductDefinition;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One immutable version of a product. @example const view: ProductVersionView = toProductVersionView(row); */
export interface ProductVersionView {
  readonly productId: string;
  readonly version: number;
  readonly definition: ProductDefinition;
  readonly createdAt: string;
  readonly createdBy: string;
}

function notFound(productId: string) {
  return fail("product_not_found", `No product ${productId} in this tenant.`, ["productId"]);
}

/** Every quote and loan reads its product version's definition, which never changes once written. */
const decodeDefinition = cachedDecoder(productDefinitionSchema, 512);

/**
 * A version's stored definition through the product schema (in the schema's field order: jsonb keeps keys
 * in its own). A definition the schema refuses is a `CorruptRecordError` (500 `corrupt_record`): stored
 * definitions follow the schema, migrations included, so a refusal means the row was altered.
 *
 * @example
 * const definition = storedDefinition(versionRow);
 */
export function storedDefinition(
  row: Pick<ProductVersionRow, "productId" | "version" | "definition">,
): ProductDefinition {
  const at = { table: "product_versions", id: `${row.productId} v${row.version}`, column: "definition" };
  return decodeDefinition(row.definition, at);
}

function toProductView(row: ProductRow, version: ProductVersionRow): ProductView {
  return {
    id: row.id,
    name: row.name,
    status: row.status === "archived" ? "archived" : "active",
    version: row.currentVersion,
    definition: storedDefinition(version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A version row as the API returns it.
 *
 * @example
 * toProductVersionView(row).version; // 2
 */
export function toProductVersionView(row: ProductVersionRow): ProductVersionView {
  return {
    productId: row.productId,
    version: row.version,
    definition: storedDefinition(row),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

async function load(repository: ProductsRepository, row: ProductRow): Promise<ProductView> {
  const version = await repository.findVersion(row.id, row.currentVersion);
  if (version === undefined) throw new Error(`product ${row.id} has no version ${row.currentVersion}`);
  return toProductView(row, version);
}

/**
 * Creates a product at version 1, with its audit record, in one transaction. The definition must
 * already have passed core's `validateProductDefinition`.
 *
 * @example
 * const product = await createProduct(db, context, validated);
 */
export async function createProduct(
  db: Executor,
  context: ChangeContext,
  definition: ProductDefinition,
): Promise<ProductView> {
  return db.transaction(async (tx) => {
    const repository = productsRepository(tx, context.tenantId);
    const id = context.ids.next("prd");
    const row = {
      id,
      name: definition.name,
      status: "active",
      currentVersion: 1,
      createdAt: context.now,
      updatedAt: context.now,
    };
    await repository.insert(row);
    const version = { productId: id, version: 1, definition, createdAt: context.now, createdBy: context.actor };
    await repository.insertVersion(version);
    await writeAudit(tx, context, {
      action: "product.created",
      resourceType: "product",
      resourceId: id,
      details: { version: 1 },
    });
    return toProductView({ ...row, tenantId: context.tenantId }, { ...version, tenantId: context.tenantId });
  });
}

/**
 * Replaces a product's definition by adding version n+1 (earlier versions stay readable; loans keep
 * the version they were made with). The product row is locked so concurrent updates number correctly.
 * An archived product cannot change (409 `product_archived`).
 *
 * @example
 * const result = await updateProduct(db, context, "prd_…", validated);
 */
export async function updateProduct(
  db: Db,
  context: ChangeContext,
  productId: string,
  definition: ProductDefinition,
): Promise<Result<ProductView>> {
  return db.transaction(async (tx) => {
    const repository = productsRepository(tx, context.tenantId);
    const row = await repository.find(productId, { forUpdate: true });
    if (row === undefined) return notFound(productId);
    if (row.status === "archived")
      return fail("product_archived", `Product ${productId} is archived and cannot change.`);
    const versionNumber = row.currentVersion + 1;
    const version = { productId, version: versionNumber, definition, createdAt: context.now, createdBy: context.actor };
    await repository.insertVersion(version);
    const changes = { name: definition.name, currentVersion: versionNumber, updatedAt: context.now };
    await repository.update(productId, changes);
    await writeAudit(tx, context, {
      action: "product.updated",
      resourceType: "product",
      resourceId: productId,
      details: { version: versionNumber },
    });
    return ok(toProductView({ ...row, ...changes }, { ...version, tenantId: context.tenantId }));
  });
}

/**
 * Archives a product: it stays readable (loans refer to it) but offers no new loans and cannot change.
 *
 * @example
 * const result = await archiveProduct(db, context, "prd_…");
 */
export async function archiveProduct(db: Db, context: ChangeContext, productId: string): Promise<Result<ProductView>> {
  return db.transaction(async (tx) => {
    const repository = productsRepository(tx, context.tenantId);
    const row = await repository.find(productId, { forUpdate: true });
    if (row === undefined) return notFound(productId);
    if (row.status === "archived") return fail("product_archived", `Product ${productId} is already archived.`);
    const changes = { status: "archived", updatedAt: context.now };
    await repository.update(productId, changes);
    await writeAudit(tx, context, { action: "product.archived", resourceType: "product", resourceId: productId });
    return ok(await load(repository, { ...row, ...changes }));
  });
}

/**
 * Reads a product with its current definition.
 *
 * @example
 * const result = await getProduct(db, "demo", "prd_…");
 */
export async function getProduct(
  executor: Executor,
  tenantId: string,
  productId: string,
): Promise<Result<ProductView>> {
  const repository = productsRepository(executor, tenantId);
  const row = await repository.find(productId);
  return row === undefined ? notFound(productId) : ok(await load(repository, row));
}

/**
 * Lists products in id (creation) order, `take` at most, after `afterId`.
 *
 * @example
 * const rows = await listProducts(db, "demo", { status: "active", take: 21 });
 */
export async function listProducts(
  executor: Executor,
  tenantId: string,
  query: ProductListQuery,
): Promise<ProductView[]> {
  const rows = await productsRepository(executor, tenantId).list(query);
  return rows.map((row) => toProductView(row.product, row.version));
}

/**
 * One version of a product, or `product_not_found` / `product_version_not_found`.
 *
 * @example
 * const result = await getProductVersion(db, "demo", "prd_…", 1);
 */
export async function getProductVersion(
  executor: Executor,
  tenantId: string,
  productId: string,
  version: number,
): Promise<Result<ProductVersionView>> {
  const repository = productsRepository(executor, tenantId);
  const row = await repository.findVersion(productId, version);
  if (row !== undefined) return ok(toProductVersionView(row));
  if ((await repository.find(productId)) === undefined) return notFound(productId);
  return fail("product_version_not_found", `Product ${productId} has no version ${version}.`, ["version"]);
}

/**
 * Versions of a product in order, `take` at most, after version `afterVersion`.
 *
 * @example
 * const result = await listProductVersions(db, "demo", "prd_…", 0, 21);
 */
export async function listProductVersions(
  executor: Executor,
  tenantId: string,
  productId: string,
  query: ProductVersionListQuery,
): Promise<Result<ProductVersionView[]>> {
  const repository = productsRepository(executor, tenantId);
  if ((await repository.find(productId)) === undefined) return notFound(productId);
  const rows = await repository.listVersions(productId, query);
  return ok(rows.map(toProductVersionView));
}
