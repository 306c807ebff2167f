import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A field as stored: money as a string of minor units (jsonb has no bigint), dates `YYYY-MM-DD`, counts
 * as numbers, text as is; with its confidence, page and box.
 */
export interface StoredExtractedField {
  readonly name: string;
  readonly kind: "money" | "date" | "text" | "count" | "frequency";
  readonly value: string | number;
  readonly confidence: number;
  readonly page: number | null;
  readonly bbox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
}

/**
 * One extraction of a document's fields by a document parser (the built-in one or a provider): which
 * document (and its owner, copied for the application's facts), which parser and model, and what it read.
 * Kept as history: a new extraction of the same document is a new row; the newest counts.
 *
 * @example
 * await db.select().from(documentExtractions).where(and(eq(documentExtractions.tenantId, t), eq(documentExtractions.documentId, "doc_…")));
 */
export const documentExtractions = pgTable(
  "document_extractions",
  {
    tenantId: text().notNull(),
    /** `dxt_…` */
    id: text().notNull(),
    documentId: text().notNull(),
    /** `pay_stub` or `bank_statement`. */
    documentType: text().notNull(),
    /** The document's owner: `party`, `application` or `loan`. */
    ownerType: text().notNull(),
    ownerId: text().notNull(),
    /** `builtin` or `openai`. */
    provider: text().notNull(),
    model: text().notNull(),
    fields: jsonb().$type<StoredExtractedField[]>().notNull(),
    pageCount: integer().notNull(),
    extractedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.documentId, table.id),
    index().on(table.tenantId, table.ownerId, table.id),
  ],
);

/** @example const row: DocumentExtractionRow = rows[0]!; */
export type DocumentExtractionRow = typeof documentExtractions.$inferSelect;
