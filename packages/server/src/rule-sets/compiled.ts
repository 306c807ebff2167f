import { ok, type Result } from "@lendstack/core/errors";
import { type CompiledRuleSet, compileRuleSet, hashRuleSet, verifyRuleSetVersion } from "@lendstack/core/rules";
import type { RuleSetVersionRow } from "../db/schema/index.js";
import { storedDocument } from "./stored-version.js";

/** Most compiled rule sets kept per process (least recently used are dropped first). */
export const compiledCacheCapacity = 256;

const cache = new Map<string, CompiledRuleSet>();
const stats = { hits: 0, misses: 0 };

/**
 * Counters of the compiled-rule-set cache, for tests and metrics.
 *
 * @example
 * const before = compiledCacheStats().misses;
 */
export function compiledCacheStats(): { hits: number; misses: number; size: number } {
  return { ...stats, size: cache.size };
}

/**
 * The compiled form of a stored version, compiled at most once per process for each (tenant, rule set,
 * version, content hash): a decision never recompiles. A published version's document is checked
 * against its stored hash before it is first compiled; a mismatch means the row was altered outside
 * the API and is a server fault (it throws, so the caller gets a 500 and the log gets the details).
 *
 * @example
 * const compiled = compiledVersion("demo", versionRow);
 */
export function compiledVersion(tenantId: string, row: RuleSetVersionRow): Result<CompiledRuleSet> {
  const hash = row.status === "published" && row.hash !== null ? row.hash : hashRuleSet(row.document);
  const key = `${tenantId}\u0000${row.ruleSetId}\u0000${row.version}\u0000${hash}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    stats.hits += 1;
    cache.delete(key);
    cache.set(key, cached);
    return ok(cached);
  }
  stats.misses += 1;
  // Decoded on a miss only: a cached version never parses its document again.
  const document = storedDocument(row);
  if (row.status === "published") {
    const verified = verifyRuleSetVersion({
      id: row.ruleSetId,
      version: row.version,
      status: "published",
      document,
      hash,
    });
    if (!verified.ok) throw new Error(`rule set ${row.ruleSetId} v${row.version}: ${verified.error.message}`);
  }
  const compiled = compileRuleSet(document);
  if (!compiled.ok) return compiled;
  cache.set(key, compiled.value);
  if (cache.size > compiledCacheCapacity) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return compiled;
}
