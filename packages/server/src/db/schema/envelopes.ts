import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A document an envelope carries, as it was when the envelope was created. */
export interface StoredEnvelopeDocument {
  readonly documentId: string;
  readonly fileName: string;
  /** Lowercase hex SHA-256 of the bytes sent for signature. */
  readonly sha256: string;
}

/** What an envelope produced on completion: a signed copy per document, and the certificate. */
export interface StoredEnvelopeOutput {
  readonly documentId: string;
  /** The original's id, or null for the certificate of completion. */
  readonly sourceDocumentId: string | null;
  readonly sha256: string;
}

/**
 * An e-signature envelope: documents sent to signers in routing order, linked to an application and/or a
 * loan. `status` is `sent`, `partially_signed`, `completed`, `voided` or `declined` (an envelope past
 * `expiresAt` is shown as `expired`). `eventCount` and `headHash` anchor its hash-chained event log, so
 * a deleted last event is found too.
 *
 * @example
 * await db.select().from(envelopes).where(and(eq(envelopes.tenantId, t), eq(envelopes.applicationId, "app_…")));
 */
export const envelopes = pgTable(
  "envelopes",
  {
    tenantId: text().notNull(),
    /** `env_…` */
    id: text().notNull(),
    applicationId: text(),
    loanId: text(),
    status: text().notNull(),
    subject: text().notNull(),
    message: text().notNull(),
    documents: jsonb().$type<StoredEnvelopeDocument[]>().notNull(),
    outputs: jsonb().$type<StoredEnvelopeOutput[]>().notNull(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    voidReason: text(),
    voidedAt: timestamp({ withTimezone: true, mode: "date" }),
    completedAt: timestamp({ withTimezone: true, mode: "date" }),
    eventCount: integer().notNull(),
    headHash: text().notNull(),
    /** Where it is signed: `builtin` (Lendstack's signing page) or an external provider's name. */
    provider: text().notNull().default("builtin"),
    /** The external provider's id of the envelope (null for `builtin`). */
    providerReference: text(),
    /** When a read last asked the external provider for the envelope's status (bounds how often). */
    providerCheckedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.applicationId, table.id),
    index().on(table.tenantId, table.loanId, table.id),
    uniqueIndex("envelopes_provider_reference_index").on(table.provider, table.providerReference),
  ],
);

/** @example const row: EnvelopeRow = rows[0]!; */
export type EnvelopeRow = typeof envelopes.$inferSelect;

/** A signature as captured: a typed name, or a drawing (PNG, base64). */
export interface StoredSignature {
  readonly kind: "typed" | "drawn";
  readonly typedName: string;
  readonly imagePng: string | null;
}

/**
 * One signer of an envelope, with its current signing link: only the link token's SHA-256 is kept
 * (`linkHash`, unique across tenants, so the signing page finds the signer from the token alone).
 */
export const envelopeSigners = pgTable(
  "envelope_signers",
  {
    tenantId: text().notNull(),
    /** `sgr_…` */
    id: text().notNull(),
    envelopeId: text().notNull(),
    routingOrder: integer().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    /** `pending`, `signed` or `declined`. */
    status: text().notNull(),
    linkHash: text(),
    linkExpiresAt: timestamp({ withTimezone: true, mode: "date" }),
    linkUsedAt: timestamp({ withTimezone: true, mode: "date" }),
    consentedAt: timestamp({ withTimezone: true, mode: "date" }),
    signedAt: timestamp({ withTimezone: true, mode: "date" }),
    signature: jsonb().$type<StoredSignature>(),
    declineReason: text(),
    ipAddress: text(),
    userAgent: text(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.envelopeId, table.routingOrder),
    uniqueIndex("envelope_signers_link_hash_index").on(table.linkHash),
  ],
);

/** @example const row: EnvelopeSignerRow = rows[0]!; */
export type EnvelopeSignerRow = typeof envelopeSigners.$inferSelect;

/**
 * An envelope's evidence log, hash-chained: each event stores the previous event's hash and the SHA-256 of
 * its own canonical content with it (see `envelopes/chain.ts`). Append-only.
 */
export const envelopeEvents = pgTable(
  "envelope_events",
  {
    tenantId: text().notNull(),
    envelopeId: text().notNull(),
    /** 1, 2, 3 … within the envelope. */
    sequence: integer().notNull(),
    /** `created`, `link_issued`, `viewed`, `consented`, `signed`, `declined`, `completed`, `voided`. */
    type: text().notNull(),
    signerId: text(),
    actor: text().notNull(),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull(),
    previousHash: text().notNull(),
    hash: text().notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.envelopeId, table.sequence] })],
);

/** @example const row: EnvelopeEventRow = rows[0]!; */
export type EnvelopeEventRow = typeof envelopeEvents.$inferSelect;
