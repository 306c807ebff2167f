import type { z } from "zod";
import { decodeStored, type StoredAt } from "./corrupt-record.js";

function frozenDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) frozenDeep(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * `decodeStored` for a jsonb document many rows repeat (a loan's servicing policy, a product version's
 * definition): a document already checked is answered from a cache keyed by its JSON text, so the same
 * text always gives the same answer and an altered one is checked afresh. A rejected document is never
 * kept: it throws `CorruptRecordError` every time. Values are frozen, since every caller shares them. Past
 * `size` distinct documents the cache starts over.
 *
 * @example
 * const decodePolicy = cachedDecoder(storedPolicySchema, 512);
 * const policy = decodePolicy(row.policy, { table: "loans", id: row.id, column: "policy" });
 */
export function cachedDecoder<Schema extends z.ZodType>(schema: Schema, size: number) {
  const decoded = new Map<string, z.output<Schema>>();
  return (document: unknown, at: StoredAt): z.output<Schema> => {
    const key = JSON.stringify(document);
    const known = typeof key === "string" ? decoded.get(key) : undefined;
    if (known !== undefined) return known;
    const value = decodeStored(schema, document, at);
    if (typeof key !== "string") return value;
    if (decoded.size >= size) decoded.clear();
    decoded.set(key, frozenDeep(value));
    return value;
  };
}
