import { createHash } from "node:crypto";

/** `previousHash` of a tenant's first chained record. @example GENESIS_HASH.length // 64 */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit record's hash covers, in the order they are serialized. @example hashAuditRecord(fields) */
export interface ChainedFields {
  readonly tenantId: string;
  readonly id: string;
  readonly sequence: number;
  readonly actor: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly requestId: string;
  readonly occurredAt: Date;
  readonly details: unknown;
  readonly previousHash: string;
}

/**
 * JSON with object keys sorted at every depth, so a value read back from `jsonb` (which reorders keys)
 * serializes exactly as it did when written.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The SHA-256 (hex) of a record: a JSON array of its fields in a fixed order, details canonical.
 *
 * @example
 * const hash = hashAuditRecord({ ...fields, previousHash: GENESIS_HASH });
 */
export function hashAuditRecord(fields: ChainedFields): string {
  const serialized = [
    fields.tenantId,
    fields.id,
    fields.sequence,
    fields.actor,
    fields.action,
    fields.resourceType,
    fields.resourceId,
    fields.requestId,
    fields.occurredAt.toISOString(),
    canonicalJson(fields.details),
    fields.previousHash,
  ];
  return createHash("sha256").update(JSON.stringify(serialized), "utf8").digest("hex");
}

/** A stored record as the verifier reads it (`hash` as stored). */
export interface StoredChainRecord extends ChainedFields {
  readonly hash: string;
}

/** The first link that does not hold. @example `${broken.recordId}: expected ${broken.expected}, found ${broken.found}` */
export interface BrokenLink {
  readonly tenantId: string;
  readonly recordId: string;
  readonly sequence: number;
  /** What is wrong: its own hash, its link to the previous record, or its position. */
  readonly kind: "hash" | "previous_hash" | "sequence";
  readonly expected: string;
  readonly found: string;
}

/**
 * Checks one tenant's records, given in `sequence` order: positions run 1, 2, 3 … without gaps, each
 * `previousHash` is its predecessor's stored `hash`, and each `hash` matches its recomputed value.
 * Returns the first broken link, or undefined when the whole chain holds.
 *
 * @example
 * const broken = verifyChain(records); // undefined when intact
 */
export function verifyChain(records: ReadonlyArray<StoredChainRecord>): BrokenLink | undefined {
  let previousHash = GENESIS_HASH;
  let expectedSequence = 1;
  for (const record of records) {
    const link = { tenantId: record.tenantId, recordId: record.id, sequence: record.sequence };
    if (record.sequence !== expectedSequence) {
      return { ...link, kind: "sequence", expected: String(expectedSequence), found: String(record.sequence) };
    }
    if (record.previousHash !== previousHash) {
      return { ...link, kind: "previous_hash", expected: previousHash, found: record.previousHash };
    }
    const recomputed = hashAuditRecord(record);
    if (record.hash !== recomputed) return { ...link, kind: "hash", expected: recomputed, found: record.hash };
    previousHash = record.hash;
    expectedSequence += 1;
  }
  return undefined;
}
