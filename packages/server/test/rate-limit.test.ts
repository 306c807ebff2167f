import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { rateLimitCounters } from "../src/db/schema/index.js";
import { memoryRateLimitStore, postgresRateLimitStore, type RateLimitStore } from "../src/http/rate-limit-store.js";
import { createIdGenerator } from "../src/ids.js";
import { createLogger } from "../src/logger.js";
import { allScopes } from "../src/resources.js";
import { json } from "./helpers/products.js";
import { createTestClock, TEST_AUTH, TEST_SECRET, type TestClock } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

/** An app limited to `limit` requests a minute; the clock starts 12 s into a minute. */
function limitedApp(store: RateLimitStore, limit: number, clock: TestClock) {
  const app = createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth: TEST_AUTH,
    logger: createLogger("silent"),
    rateLimit: { store, limitPerMinute: limit },
  });
  return async (
    path: string,
    tenant: string,
    subject: string,
    headers: Record<string, string> = {},
    method = "GET",
  ) => {
    const token = await mintDevelopmentToken({
      tenant,
      subject,
      scopes: allScopes(),
      secret: TEST_SECRET,
      issuer: TEST_AUTH.issuer,
      audience: TEST_AUTH.audience,
      now: clock(),
      ttl: "1h",
    });
    return app.request(path, { method, headers: { authorization: `Bearer ${token}`, ...headers } });
  };
}

describe("rate limiting (memory store)", () => {
  it("counts per tenant and subject, says what is left, and answers 429 with Retry-After over the limit", async () => {
    const clock = createTestClock("2025-03-01T12:00:12.000Z");
    const call = limitedApp(memoryRateLimitStore(), 3, clock);
    const seen: Array<string | null> = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await call("/v1/products", "rl-a", "alice");
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-policy")).toBe('"per-minute";q=3;w=60');
      seen.push(response.headers.get("ratelimit"));
    }
    // 48 s left in the minute that started at 12:00:00.
    expect(seen).toEqual(['"per-minute";r=2;t=48', '"per-minute";r=1;t=48', '"per-minute";r=0;t=48']);

    const refused = await call("/v1/products", "rl-a", "alice");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("48");
    expect(refused.headers.get("ratelimit")).toBe('"per-minute";r=0;t=48');
    expect(refused.headers.get("x-request-id")).toMatch(/^req_/);
    expect(await json(refused)).toMatchObject({ status: 429, code: "rate_limited", title: "Too Many Requests" });

    // Another subject in the same tenant, and the same subject in another tenant, have their own counts.
    expect((await call("/v1/products", "rl-a", "bob")).status).toBe(200);
    expect((await call("/v1/products", "rl-b", "alice")).status).toBe(200);

    // The next window starts afresh.
    clock.advance(48_000);
    const next = await call("/v1/products", "rl-a", "alice");
    expect(next.status).toBe(200);
    expect(next.headers.get("ratelimit")).toBe('"per-minute";r=2;t=60');
  });

  it("keeps the rate-limit headers and the ETag on a 304, and does not count a preflight", async () => {
    const clock = createTestClock("2025-03-01T12:00:00.000Z");
    const call = limitedApp(memoryRateLimitStore(), 10, clock);
    const first = await call("/v1/products", "rl-c", "carol");
    const etag = first.headers.get("etag") ?? "";
    const again = await call("/v1/products", "rl-c", "carol", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("ratelimit")).toBe('"per-minute";r=8;t=60');
    expect(again.headers.get("ratelimit-policy")).toBe('"per-minute";q=10;w=60');
    await call("/v1/products", "rl-c", "carol", { "access-control-request-method": "GET" }, "OPTIONS");
    const third = await call("/v1/products", "rl-c", "carol");
    expect(third.headers.get("ratelimit")).toBe('"per-minute";r=7;t=60');
  });
});

describe("rate limiting of unauthenticated requests", () => {
  it("gives a 401 the rate-limit headers, and past the limit answers 429 with Retry-After instead", async () => {
    const clock = createTestClock("2025-03-01T12:00:12.000Z");
    const store = memoryRateLimitStore();
    const call = limitedApp(store, 2, clock);
    const app = createApp({
      database: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: TEST_AUTH,
      logger: createLogger("silent"),
      rateLimit: { store, limitPerMinute: 2 },
    });
    const anonymous = (authorization?: string) =>
      app.request("/v1/products", { headers: authorization === undefined ? {} : { authorization } });
    const first = await anonymous();
    expect(first.status).toBe(401);
    expect(first.headers.get("ratelimit-policy")).toBe('"per-minute";q=2;w=60');
    expect(first.headers.get("ratelimit")).toBe('"per-minute";r=1;t=48');
    const second = await anonymous("Bearer not-a-jwt");
    expect([second.status, second.headers.get("ratelimit")]).toEqual([401, '"per-minute";r=0;t=48']);
    expect(await json(second)).toMatchObject({ code: "invalid_token" });

    const refused = await anonymous("Bearer still-guessing");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("48");
    expect(refused.headers.get("ratelimit")).toBe('"per-minute";r=0;t=48');
    expect(refused.headers.get("x-request-id")).toMatch(/^req_/);
    expect(await json(refused)).toMatchObject({ status: 429, code: "rate_limited", instance: "/v1/products" });

    // A caller with a valid token is counted on its own and is not affected.
    const authorized = await call("/v1/products", "rl-anon", "grace");
    expect(authorized.status).toBe(200);
    expect(authorized.headers.get("ratelimit")).toBe('"per-minute";r=1;t=48');
  });
});

describe("rate limiting (PostgreSQL store, several processes)", () => {
  it("shares one count between two apps on the same database", async () => {
    const clock = createTestClock("2025-03-01T12:00:30.000Z");
    const first = limitedApp(postgresRateLimitStore(testDatabase.db), 5, clock);
    const second = limitedApp(postgresRateLimitStore(testDatabase.db), 5, clock);
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push((await first("/v1/products", "rl-pg", "dave")).status);
      statuses.push((await second("/v1/products", "rl-pg", "dave")).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const parallel = await Promise.all(
      Array.from({ length: 6 }, (_, index) => (index % 2 === 0 ? first : second)("/v1/products", "rl-pg", "erin")),
    );
    expect(parallel.filter((response) => response.status === 429)).toHaveLength(1);
  });

  it("counts parallel hits exactly, each its own place, in fewer upserts than hits", async () => {
    let upserts = 0;
    const counted = new Proxy(testDatabase.db, {
      get(target, property, receiver) {
        if (property === "insert") upserts += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    const stores = [postgresRateLimitStore(counted), postgresRateLimitStore(counted)];
    const key = { tenantId: "rl-batch", subject: "gina" };
    const windowStart = new Date("2025-03-01T14:00:00.000Z");
    const counts = await Promise.all(
      Array.from({ length: 40 }, (_, index) => stores[index % 2]!.hit(key, windowStart)),
    );
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(upserts).toBeLessThan(40);
    const [row] = await testDatabase.db.select().from(rateLimitCounters).where(eq(rateLimitCounters.subject, "gina"));
    expect(row?.count).toBe(40);
    // A later hit on the same key still counts at once, after the batch.
    expect(await stores[0]!.hit(key, windowStart)).toBe(41);
  });

  it("fails every hit an upsert would have counted when it fails, and counts the next ones afresh", async () => {
    let failures = 1;
    const flaky = new Proxy(testDatabase.db, {
      get(target, property, receiver) {
        if (property === "insert" && failures > 0) {
          failures -= 1;
          return () => {
            throw new Error("connection lost");
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const store = postgresRateLimitStore(flaky);
    const key = { tenantId: "rl-flaky", subject: "hank" };
    const windowStart = new Date("2025-03-01T15:00:00.000Z");
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => store.hit(key, windowStart)));
    const failed = outcomes.filter((outcome) => outcome.status === "rejected");
    // The first hit's upsert failed; the hits that waited behind it are counted by the next one.
    expect(failed).toHaveLength(1);
    expect(outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []))).toEqual([
      1, 2, 3, 4,
    ]);
    expect(await store.hit(key, windowStart)).toBe(5);
  });

  it("deletes the counters of old windows when a new window starts", async () => {
    const clock = createTestClock("2025-03-01T13:00:00.000Z");
    const call = limitedApp(postgresRateLimitStore(testDatabase.db), 100, clock);
    await call("/v1/products", "rl-prune", "frank");
    clock.advance(120_000);
    await call("/v1/products", "rl-prune", "frank");
    const rows = await testDatabase.db.select().from(rateLimitCounters);
    const starts = rows.filter((row) => row.tenantId === "rl-prune").map((row) => row.windowStart.toISOString());
    expect(starts).toEqual(["2025-03-01T13:02:00.000Z"]);
  });
});
