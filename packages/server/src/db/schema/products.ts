import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A loan product: its identity, lifecycle status and the number of its latest version. The definitions
 * themselves are immutable rows in `product_versions`; a loan records the version it was made with.
 *
 * @example
 * await db.select().from(products).where(eq(products.tenantId, "demo"));
 */
export const products = pgTable(
  "products",
  {
    tenantId: text().notNull(),
    id: text().notNull(),
    name: text().notNull(),
    /** `active` or `archived`. */
    status: text().notNull(),
    currentVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.status, table.id)],
);

/** A product row as read from the database. @example const row: ProductRow = rows[0]!; */
export type ProductRow = typeof products.$inferSelect;
