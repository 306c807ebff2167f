import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { tenantKeys } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { KEY_BYTES, open, seal } from "./envelope.js";
import type { MasterKey, MasterKeyring } from "./master-keys.js";

/**
 * A tenant's unwrapped PII keys: `encryptionKey` (AES-256-GCM) and `hashKey` (HMAC-SHA256).
 *
 * @example
 * const keys = await tenantKeysFor(db, keyring, "tenant-a", new Date());
 */
export interface TenantKeys {
  readonly tenantId: string;
  readonly encryptionKey: Buffer;
  readonly hashKey: Buffer;
}

const wrapContext = (tenantId: string) => `lendstack:tenant-keys:${tenantId}`;

/** Unwrapped keys by keyring, then by tenant and wrapped value (a re-wrap is a new entry). */
const cache = new WeakMap<MasterKeyring, Map<string, TenantKeys>>();
const CACHE_LIMIT = 10_000;

function masterKeyById(keyring: MasterKeyring, id: string): MasterKey {
  const key = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === id);
  if (key === undefined) {
    throw new Error(`tenant keys are wrapped by master key ${id}, which this process does not hold`);
  }
  return key;
}

function unwrap(keyring: MasterKeyring, row: { tenantId: string; masterKeyId: string; wrappedKeys: string }) {
  const both = open(masterKeyById(keyring, row.masterKeyId).key, row.wrappedKeys, wrapContext(row.tenantId));
  return {
    tenantId: row.tenantId,
    encryptionKey: both.subarray(0, KEY_BYTES),
    hashKey: both.subarray(KEY_BYTES),
  };
}

/**
 * The tenant's keys, made (random, wrapped by the current master key) on its first use. Two requests
 * racing to make them both end with the one row that won.
 *
 * @example
 * const { encryptionKey, hashKey } = await tenantKeysFor(db, keyring, tenantId, now);
 */
export async function tenantKeysFor(
  executor: Executor,
  keyring: MasterKeyring,
  tenantId: string,
  now: Date,
): Promise<TenantKeys> {
  let [row] = await executor.select().from(tenantKeys).where(eq(tenantKeys.tenantId, tenantId));
  if (row === undefined) {
    const wrappedKeys = seal(keyring.current.key, randomBytes(2 * KEY_BYTES), wrapContext(tenantId));
    await executor
      .insert(tenantKeys)
      .values({ tenantId, masterKeyId: keyring.current.id, wrappedKeys, createdAt: now })
      .onConflictDoNothing();
    [row] = await executor.select().from(tenantKeys).where(eq(tenantKeys.tenantId, tenantId));
  }
  if (row === undefined) throw new Error(`tenant keys for ${tenantId} were neither found nor made`);
  const entries = cache.get(keyring) ?? new Map<string, TenantKeys>();
  cache.set(keyring, entries);
  const cacheKey = `${tenantId}|${row.wrappedKeys}`;
  const cached = entries.get(cacheKey);
  if (cached !== undefined) return cached;
  const keys = unwrap(keyring, row);
  if (entries.size >= CACHE_LIMIT) entries.clear();
  entries.set(cacheKey, keys);
  return keys;
}

/** What a re-wrap did. @example { rewrapped: 3, alreadyCurrent: 0 } */
export interface RewrapOutcome {
  readonly rewrapped: number;
  readonly alreadyCurrent: number;
}

/**
 * Re-wraps every tenant's keys under `next`, unwrapping each with whichever key of `old` wrapped it; rows
 * already under `next` are left (a rerun after an interruption finishes the job). One transaction: all
 * rows move or none. The data encrypted under the tenant keys is untouched, since the keys themselves
 * do not change.
 *
 * @example
 * await rewrapTenantKeys(database.db, oldKeyring, masterKeyFrom(newKey), new Date());
 */
export async function rewrapTenantKeys(
  executor: Executor,
  old: MasterKeyring,
  next: MasterKey,
  now: Date,
): Promise<RewrapOutcome> {
  return executor.transaction(async (tx) => {
    const rows = await tx.select().from(tenantKeys).for("update");
    let rewrapped = 0;
    for (const row of rows) {
      if (row.masterKeyId === next.id) continue;
      const keys = unwrap(old, row);
      const plain = Buffer.concat([keys.encryptionKey, keys.hashKey]);
      await tx
        .update(tenantKeys)
        .set({ masterKeyId: next.id, wrappedKeys: seal(next.key, plain, wrapContext(row.tenantId)), rotatedAt: now })
        .where(eq(tenantKeys.tenantId, row.tenantId));
      rewrapped += 1;
    }
    return { rewrapped, alreadyCurrent: rows.length - rewrapped };
  });
}
