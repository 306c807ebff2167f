import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Db } from "../db/database.js";
import { idempotencyKeys } from "../db/schema/index.js";
import type { AppEnv } from "./app-env.js";
import { problemResponse } from "./problem.js";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Options for {@link idempotency}. @example idempotency({ db, clock: () => new Date(), staleAfterMs: 60_000 }) */
export interface IdempotencyOptions {
  readonly db: Db;
  readonly clock: () => Date;
  /** An `in_progress` key older than this (its request crashed mid-way) may be taken over. Default 60 s. */
  readonly staleAfterMs?: number;
}

/**
 * `Idempotency-Key` for POST requests, per tenant. The first request with a key records it as
 * `in_progress`, runs, and stores its response (status < 500; a 5xx frees the key so the client can
 * retry). A retry with the same key and body gets the stored response again with `Idempotent-Replayed:
 * true`; the same key with another body or path is 422 `idempotency_key_reused`; a retry while the first
 * is still running is 409 `idempotency_request_in_progress`.
 *
 * Runs after authentication (keys belong to a tenant) and after the body limit.
 *
 * @example
 * app.use("/v1/*", idempotency({ db, clock }));
 */
export function idempotency(options: IdempotencyOptions): MiddlewareHandler<AppEnv> {
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      return problemResponse(c, {
        code: "invalid_idempotency_key",
        detail: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
      });
    }
    const tenantId = c.get("principal").tenantId;
    const operation = `POST ${c.req.path}`;
    const requestHash = createHash("sha256")
      .update(await c.req.text())
      .digest("hex");
    const where = and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key));
    const now = options.clock();
    const claimed = await options.db
      .insert(idempotencyKeys)
      .values({ tenantId, key, operation, requestHash, state: "in_progress", createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [existing] = await options.db.select().from(idempotencyKeys).where(where);
      if (existing === undefined) return problemResponse(c, inProgress(key)); // deleted between our two statements
      if (existing.operation !== operation || existing.requestHash !== requestHash) {
        return problemResponse(c, {
          code: "idempotency_key_reused",
          detail: `Idempotency-Key "${key}" was already used with a different request.`,
        });
      }
      if (existing.state === "completed") {
        return new Response(existing.responseBody, {
          status: existing.responseStatus ?? 200,
          headers: {
            "content-type": existing.responseContentType ?? "application/json",
            "Idempotent-Replayed": "true",
          },
        });
      }
      const isStale = now.getTime() - existing.createdAt.getTime() > staleAfterMs;
      const takenOver = isStale
        ? await options.db
            .update(idempotencyKeys)
            .set({ createdAt: now })
            .where(
              and(where, eq(idempotencyKeys.state, "in_progress"), eq(idempotencyKeys.createdAt, existing.createdAt)),
            )
            .returning({ key: idempotencyKeys.key })
        : [];
      if (takenOver.length === 0) return problemResponse(c, inProgress(key));
    }
    await next();
    await settle(options, where, c.res);
  };
}

function inProgress(key: string) {
  return {
    code: "idempotency_request_in_progress",
    detail: `A request with Idempotency-Key "${key}" is still being processed; retry later.`,
  };
}

async function settle(options: IdempotencyOptions, where: ReturnType<typeof and>, response: Response): Promise<void> {
  if (response.status >= 500) {
    await options.db.delete(idempotencyKeys).where(where);
    return;
  }
  await options.db
    .update(idempotencyKeys)
    .set({
      state: "completed",
      responseStatus: response.status,
      responseBody: await response.clone().text(),
      responseContentType: response.headers.get("content-type"),
      completedAt: options.clock(),
    })
    .where(where);
}
