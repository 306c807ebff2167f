import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { Executor } from "../db/database.js";
import { type IdempotencyKeyRow, idempotencyKeys } from "../db/schema/index.js";
import type { AppEnv } from "./app-env.js";
import type { IdempotencyClaim } from "./idempotency-claim.js";
import { problemResponse } from "./problem.js";

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A completed key's stored response: a 2xx/3xx status, and a body that is JSON when its type says so. */
const storedResponseSchema = z
  .object({
    responseStatus: z.int().min(200).max(399),
    responseBody: z.string(),
    responseContentType: z
      .string()
      .max(200)
      .nullable()
      .transform((type) => type ?? "application/json"),
  })
  .refine((stored) => !stored.responseContentType.includes("json") || isJson(stored.responseBody), {
    message: "expected a JSON body for a JSON content type",
    path: ["responseBody"],
  });

/**
 * The answer to a request whose key is already settled: the stored response (`Idempotent-Replayed: true`), or 422
 * `idempotency_key_reused` when the key was used with another request; undefined when the key is free.
 *
 * @example const replay = await settledAnswer(c, db, c.get("groupCommit"));
 */
export async function settledAnswer(
  c: Context<AppEnv>,
  executor: Executor,
  claim: IdempotencyClaim,
): Promise<Response | undefined> {
  const existing = await storedKey(executor, claim);
  return existing === undefined ? undefined : answerFromStored(c, existing, claim);
}

export async function storedKey(executor: Executor, claim: IdempotencyClaim) {
  const [existing] = await executor
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, claim.tenantId), eq(idempotencyKeys.key, claim.key)));
  return existing;
}

export function answerFromStored(
  c: Context<AppEnv>,
  existing: IdempotencyKeyRow | undefined,
  claim: IdempotencyClaim,
): Response {
  if (existing === undefined || existing.state !== "completed") {
    // Cannot happen while keys are only written inside the transaction that completes them (a row from
    // before this design, say); refuse rather than run the request a second time.
    return problemResponse(c, {
      code: "idempotency_request_in_progress",
      detail: `A request with Idempotency-Key "${claim.key}" has not finished; retry later.`,
    });
  }
  if (existing.operation !== claim.operation || existing.requestHash !== claim.requestHash) {
    return problemResponse(c, {
      code: "idempotency_key_reused",
      detail: `Idempotency-Key "${claim.key}" was already used with a different request.`,
    });
  }
  const stored = decodeStored(storedResponseSchema, existing, {
    table: "idempotency_keys",
    id: existing.key,
    column: "response",
  });
  return new Response(stored.responseBody, {
    status: stored.responseStatus,
    headers: { "content-type": stored.responseContentType, "Idempotent-Replayed": "true" },
  });
}
