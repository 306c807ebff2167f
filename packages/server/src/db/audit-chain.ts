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

/**
 * The text {@link hashAuditRecord} hashes, split around the two fields only the chain's end knows: the
 * hashed text is `before + sequence + between + previousHash + '"]'`, so the database can finish it (and
 * hash it with its own `sha256`) in the statement that locks and moves the chain's anchor.
 *
 * @example
 * const { before, between } = hashedTextAround(fields); // '["demo","aud_…",' and ',"user_1",…,"'
 */
export function hashedTextAround(fields: Omit<ChainedFields, "sequence" | "previousHash">) {
  const quoted = (value: string) => JSON.stringify(value);
  const middle = [
    fields.actor,
    fields.action,
    fields.resourceType,
    fields.resourceId,
    fields.requestId,
    fields.occurredAt.toISOString(),
    canonicalJson(fields.details),
  ];
  return {
    before: `[${quoted(fields.tenantId)},${quoted(fields.id)},`,
    between: `,${middle.map(quoted).join(",")},"`,
  };
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
  /**
   * What is wrong: its own hash, its link to the previous record, its position, or (`head`) the chain ends
   * before the anchor's record: its newest records were removed (`recordId` is then the last one left, or ""
   * when none is).
   */
  readonly kind: "hash" | "previous_hash" | "sequence" | "head";
  readonly expected: string;
  readonly found: string;
}

/** The anchor of a tenant's chain: its newest record's position and hash (`audit_heads`). */
export interface ChainHead {
  readonly tenantId: string;
  readonly sequence: number;
  readonly hash: string;
}

/**
 * Checks one tenant's records, given in `sequence` order, against their own links (`verifyLinks`) and then
 * against the tenant's anchor: the last record must be the one the head names (same sequence and hash), so a
 * chain cut short at its end is found. Records without a head, or a head without records, are broken too
 * (migration 0012 gave every chain its head). Returns the first broken link, or undefined when it all holds.
 *
 * @example
 * const broken = verifyChain(records, head); // undefined when intact
 */
export function verifyChain(
  records: ReadonlyArray<StoredChainRecord>,
  head: ChainHead | undefined,
): BrokenLink | undefined {
  const broken = verifyLinks(records);
  if (broken !== undefined) return broken;
  const last = records.at(-1);
  if (last === undefined && head === undefined) return undefined;
  if (last !== undefined && last.sequence === head?.sequence && last.hash === head.hash) return undefined;
  return {
    tenantId: head?.tenantId ?? last?.tenantId ?? "",
    recordId: last?.id ?? "",
    sequence: last?.sequence ?? 0,
    kind: "head",
    expected: head === undefined ? "a head row" : `sequence ${head.sequence} (hash ${head.hash})`,
    found: last === undefined ? "no records" : `sequence ${last.sequence} (hash ${last.hash})`,
  };
}

/**
 * The links of one tenant's records, in `sequence` order: positions run 1, 2, 3 … without gaps, each
 * `previousHash` is its predecessor's stored `hash`, and each `hash` matches its recomputed value.
 */
function verifyLinks(records: ReadonlyArray<StoredChainRecord>): BrokenLink | undefined {
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
