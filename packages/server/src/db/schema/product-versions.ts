import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { products } from "./products.js";

/**
 * One immutable version of a product definition (the JSON document core's product schema validates).
 * Versions are numbered from 1 and never updated or deleted.
 *
 * @example
 * await db.select().from(productVersions).where(and(eq(productVersions.tenantId, t), eq(productVersions.productId, id)));
 */
export const productVersions = pgTable(
  "product_versions",
  {
    tenantId: text().notNull(),
    productId: text().notNull(),
    version: integer().notNull(),
    definition: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** Subject of the token that created this version. */
    createdBy: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.productId, table.version] }),
    foreignKey({ columns: [table.tenantId, table.productId], foreignColumns: [products.tenantId, products.id] }),
  ],
);

/** A product version row. @example const row: ProductVersionRow = rows[0]!; */
export type ProductVersionRow = typeof productVersions.$inferSelect;
