import { lt, sql } from "drizzle-orm";
import { outsideAmbientTransaction } from "../db/ambient.js";
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

/** A hit waiting for the upsert that counts it. */
interface WaitingHit {
  resolve(count: number): void;
  reject(error: unknown): void;
}

/**
 * Counters in the `rate_limit_counters` table, shared by every process on the database, counted exactly:
 * an upsert adds the hits and returns the window's count (`INSERT … ON CONFLICT DO UPDATE SET count = count +
 * n RETURNING count`, atomic under concurrency). One key's hits that arrive while its upsert is in flight
 * wait and are counted together by the next one, each answered with its own place in the count (the last of
 * n hits gets the count returned, the first that minus n − 1): as exact as an upsert per hit, without one
 * hot row locked and committed per request. One upsert a hit made two API processes slower than one (225
 * against 285 payments/s). A hit on an idle key is counted at once, so nothing waits for a batch to fill.
 * When a process first sees a new window it deletes the rows of windows before the previous one.
 * PostgreSQL is already the coordination point, so several processes need no Redis.
 *
 * @example
 * const store = postgresRateLimitStore(database.db);
 */
export function postgresRateLimitStore(db: Db): RateLimitStore {
  let prunedBefore = 0;
  const waiting = new Map<string, WaitingHit[]>();
  const counting = new Set<string>();
  const upsert = async (key: RateLimitKey, windowStart: Date, hits: number) => {
    const start = windowStart.getTime();
    if (start > prunedBefore) {
      prunedBefore = start;
      await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, new Date(start - 60_000)));
    }
    const [row] = await db
      .insert(rateLimitCounters)
      .values({ tenantId: key.tenantId, subject: key.subject, windowStart, count: hits })
      .onConflictDoUpdate({
        target: [rateLimitCounters.tenantId, rateLimitCounters.subject, rateLimitCounters.windowStart],
        set: { count: sql`${rateLimitCounters.count} + ${hits}` },
      })
      .returning({ count: rateLimitCounters.count });
    return row?.count ?? hits;
  };
  /** Counts the key's waiting hits, one upsert at a time, until none wait. */
  const countWaiting = async (name: string, key: RateLimitKey, windowStart: Date) => {
    counting.add(name);
    try {
      for (let hits = waiting.get(name); hits !== undefined; hits = waiting.get(name)) {
        waiting.delete(name);
        try {
          // Outside any request's transaction: these hits are other requests' too.
          const count = await outsideAmbientTransaction(() => upsert(key, windowStart, hits.length));
          for (const [index, hit] of hits.entries()) hit.resolve(count - hits.length + 1 + index);
        } catch (error) {
          for (const hit of hits) hit.reject(error);
        }
      }
    } finally {
      counting.delete(name);
    }
  };
  return {
    kind: "postgres",
    hit: (key, windowStart) =>
      new Promise<number>((resolve, reject) => {
        const name = `${key.tenantId}\u0000${key.subject}\u0000${windowStart.getTime()}`;
        const hits = waiting.get(name);
        if (hits === undefined) waiting.set(name, [{ resolve, reject }]);
        else hits.push({ resolve, reject });
        if (!counting.has(name)) void countWaiting(name, key, windowStart);
      }),
  };
}
