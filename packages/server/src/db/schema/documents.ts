import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * A document's metadata (its bytes live in the document storage under `storageKey`): whose it is (a
 * party, an application or a loan), its type, the file's name, sniffed content type, size and SHA-256, its
 * place in a chain of versions (`supersedesId` → the version it replaced; `lineageId` → the first one) and
 * a reviewer's verdict.
 *
 * @example
 * await db.select().from(documents).where(and(eq(documents.tenantId, t), eq(documents.ownerId, "app_…")));
 */
export const documents = pgTable(
  "documents",
  {
    tenantId: text().notNull(),
    /** `doc_…` */
    id: text().notNull(),
    /** `party`, `application` or `loan`. */
    ownerType: text().notNull(),
    ownerId: text().notNull(),
    /** `pay_stub`, `bank_statement`, `government_id` … */
    type: text().notNull(),
    /** As uploaded (NFC, no path), for display and `Content-Disposition` only: never a storage path. */
    fileName: text().notNull(),
    /** The content type sniffed from the bytes (and equal to the declared one). */
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    /** Lowercase hex SHA-256 of the bytes. */
    sha256: text().notNull(),
    storageKey: text().notNull(),
    /** 1 for a first upload; the superseded version's + 1. */
    version: integer().notNull(),
    /** The first version's id (its own for version 1). */
    lineageId: text().notNull(),
    supersedesId: text(),
    /** `pending_review`, `accepted` or `rejected`. */
    status: text().notNull(),
    reviewedBy: text(),
    reviewedAt: timestamp({ withTimezone: true, mode: "date" }),
    rejectionReason: text(),
    uploadedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.ownerId, table.id),
    index().on(table.tenantId, table.lineageId, table.version),
    // One successor per version: two uploads superseding the same one cannot both win.
    uniqueIndex("documents_tenant_id_supersedes_id_index").on(table.tenantId, table.supersedesId),
  ],
);

/** @example const row: DocumentRow = rows[0]!; */
export type DocumentRow = typeof documents.$inferSelect;
