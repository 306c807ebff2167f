import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type ProductRow, type ProductVersionRow, products, productVersions } from "../db/schema/index.js";

/** Filters and position for one page of products. @example repository.list({ status: "active", take: 21 }) */
export interface ProductListQuery {
  readonly status?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  /** The id the page starts after. */
  readonly after?: string | undefined;
  /** Rows to fetch (callers ask for one more than the page size to learn whether more follow). */
  readonly take: number;
}

/** Filters and position for one page of a product's versions. @example repository.listVersions("prd_…", { afterVersion: 0, take: 21 }) */
export interface ProductVersionListQuery {
  readonly createdAt?: Range<Date> | undefined;
  readonly afterVersion: number;
  readonly take: number;
}

/**
 * Every product query, always scoped to one tenant: a repository made for tenant A cannot read or
 * change tenant B's rows.
 *
 * @example
 * const repository = productsRepository(tx, "demo");
 * const product = await repository.find("prd_…", { forUpdate: true });
 */
export function productsRepository(executor: Executor, tenantId: string) {
  const byId = (productId: string) => and(eq(products.tenantId, tenantId), eq(products.id, productId));
  const versionsOf = (productId: string) =>
    and(eq(productVersions.tenantId, tenantId), eq(productVersions.productId, productId));
  return {
    async find(productId: string, options: { forUpdate?: boolean } = {}): Promise<ProductRow | undefined> {
      const query = executor.select().from(products).where(byId(productId));
      const [row] = options.forUpdate === true ? await query.for("update") : await query;
      return row;
    },
    /** A page of products, each with its current version (one query). */
    async list(query: ProductListQuery): Promise<Array<{ product: ProductRow; version: ProductVersionRow }>> {
      const conditions: SQL[] = [
        eq(products.tenantId, tenantId),
        ...equalTo(products.status, query.status),
        ...inRange(products.createdAt, query.createdAt),
      ];
      if (query.after !== undefined) conditions.push(gt(products.id, query.after));
      return executor
        .select({ product: products, version: productVersions })
        .from(products)
        .innerJoin(
          productVersions,
          and(
            eq(productVersions.tenantId, products.tenantId),
            eq(productVersions.productId, products.id),
            eq(productVersions.version, products.currentVersion),
          ),
        )
        .where(and(...conditions))
        .orderBy(asc(products.id))
        .limit(query.take);
    },
    async insert(row: Omit<ProductRow, "tenantId">): Promise<void> {
      await executor.insert(products).values({ ...row, tenantId });
    },
    async update(productId: string, changes: Partial<Omit<ProductRow, "tenantId" | "id">>): Promise<void> {
      await executor.update(products).set(changes).where(byId(productId));
    },
    async findVersion(productId: string, version: number): Promise<ProductVersionRow | undefined> {
      const [row] = await executor
        .select()
        .from(productVersions)
        .where(and(versionsOf(productId), eq(productVersions.version, version)));
      return row;
    },
    async listVersions(productId: string, query: ProductVersionListQuery): Promise<ProductVersionRow[]> {
      const after = gt(productVersions.version, query.afterVersion);
      return executor
        .select()
        .from(productVersions)
        .where(and(versionsOf(productId), after, ...inRange(productVersions.createdAt, query.createdAt)))
        .orderBy(asc(productVersions.version))
        .limit(query.take);
    },
    async insertVersion(row: Omit<ProductVersionRow, "tenantId">): Promise<void> {
      await executor.insert(productVersions).values({ ...row, tenantId });
    },
  };
}

/** The repository's type. @example let repository: ProductsRepository; */
export type ProductsRepository = ReturnType<typeof productsRepository>;
