import { lt, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { rateLimitCounters } from "../db/schema/index.js";

/** Whose requests are counted together: one token subject in one tenant. @example { tenantId: "acme", subject: "svc-1" } */
export interface RateLimitKey {
  readonly tenantId: string;
  readonly subject: string;
}

/**
 * Where fixed-window counters live. `hit` counts one request in the window starting at `windowStart` and
 * resolves to the window's count including it.
 *
 * @example
 * const count = await store.hit({ tenantId, subject }, windowStart);
 */
export interface RateLimitStore {
  readonly kind: "memory" | "postgres";
  hit(key: RateLimitKey, windowStart: Date): Promise<number>;
}

/**
 * Counters in this process's memory: right for one process (the default), and free of any I/O. With
 * several processes each would allow the full limit, so use {@link postgresRateLimitStore} there.
 *
 * @example
 * const store = memoryRateLimitStore();
 */
export function memoryRateLimitStore(): RateLimitStore {
  let window = 0;
  let counts = new Map<string, number>();
  return {
    kind: "memory",
    hit: async (key, windowStart) => {
      const start = windowStart.getTime();
      if (start !== window) {
        // A new window: the old counts can never be read again.
        window = start;
        counts = new Map();
      }
      const name = `${key.tenantId}\u0000${key.subject}`;
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      return count;
    },
  };
}

/**
 * Counters in the `rate_limit_counters` table, shared by every process on the database: one upsert per
 * request (`INSERT … ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count`, atomic under
 * concurrency). When a process first sees a new window it deletes the rows of windows before the
 * previous one. PostgreSQL is already the coordination point, so several processes need no Redis.
 *
 * @example
 * const store = postgresRateLimitStore(database.db);
 */
export function postgresRateLimitStore(db: Db): RateLimitStore {
  let prunedBefore = 0;
  return {
    kind: "postgres",
    hit: async (key, windowStart) => {
      const start = windowStart.getTime();
      if (start > prunedBefore) {
        prunedBefore = start;
        await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, new Date(start - 60_000)));
      }
      const [row] = await db
        .insert(rateLimitCounters)
        .values({ tenantId: key.tenantId, subject: key.subject, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitCounters.tenantId, rateLimitCounters.subject, rateLimitCounters.windowStart],
          set: { count: sql`${rateLimitCounters.count} + 1` },
        })
        .returning({ count: rateLimitCounters.count });
      return row?.count ?? 1;
    },
  };
}
