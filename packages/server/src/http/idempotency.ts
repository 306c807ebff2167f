import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { type OpenTransaction, runInAmbientTransaction } from "../db/ambient.js";
import { compiledStatement } from "../db/compiled-statement.js";
import type { Db } from "../db/database.js";
import { idempotencyKeys } from "../db/schema/index.js";
import type { AppEnv } from "./app-env.js";
import type { FaultHook } from "./faults.js";
import type { IdempotencyClaim } from "./idempotency-claim.js";
import { answerFromStored, storedKey } from "./idempotency-replay.js";
import { keepsChangesOnFailure } from "./keep-on-failure.js";
import { problemResponse } from "./problem.js";
import { responseText } from "./response-text.js";
import { isStreamedUpload } from "./streamed-upload.js";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Options for {@link idempotency}. @example idempotency({ db: database.db, clock: () => new Date() }) */
export interface IdempotencyOptions {
  /** The ambient-aware database (`Database.db`), so the handler's queries join the request's transaction. */
  readonly db: Db;
  readonly clock: () => Date;
  /** Test-only fault injection; unset in production. */
  readonly faults?: FaultHook | undefined;
  /**
   * The requests whose handler settles the key itself, in a group commit with its change (`c.get("groupCommit")`);
   * none when unset.
   */
  readonly groupCommitted?: ((c: Context<AppEnv>) => boolean) | undefined;
}

/** Ends the request's transaction without committing, answering with `response`. */
class RollbackWith {
  constructor(readonly response: Response) {}
}

/**
 * `Idempotency-Key` for POST requests, per tenant, settled in the same transaction as the change it
 * guards (Stripe's design). With a key, the request runs inside one database transaction: the key is
 * claimed (`INSERT … ON CONFLICT DO NOTHING`), the handler runs with that transaction ambient (its
 * services' transactions become savepoints), and its 2xx/3xx response — status, body, content type — is
 * stored on the key row before the commit. So the claim, the change and the stored outcome commit
 * together or not at all:
 *
 * - a crash or a lost database before the commit leaves no key and no change: the retry runs afresh;
 * - a crash after the commit leaves both: the retry gets the stored response (`Idempotent-Replayed: true`);
 * - a 4xx answer, a 5xx, or a throw (including a view that fails to render) rolls everything back, so the
 *   key is free and a corrected retry is not `idempotency_key_reused` (a handler that called
 *   `keepChangesOnFailure` commits its changes with a 4xx, and the key is released all the same).
 *
 * A concurrent request with the same key blocks on the key's unique index until the first commits (then
 * it replays the stored response) or rolls back (then it claims the key). The same key with another body
 * or path is 422 `idempotency_key_reused`. Nothing is ever left "in progress", so there is nothing to
 * take over after a timeout. Runs after authentication (keys belong to a tenant) and the body limit.
 *
 * @example
 * app.use("/v1/*", idempotency({ db: database.db, clock }));
 */
export function idempotency(options: IdempotencyOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    // A streamed upload cannot be hashed before it is read; its handler settles the key (`idempotentUpload`).
    if (c.req.method !== "POST" || key === undefined || isStreamedUpload(c)) return next();
    if (!KEY_PATTERN.test(key)) return invalidKey(c);
    const requestHash = createHash("sha256")
      .update(await c.req.text())
      .digest("hex");
    if (options.groupCommitted?.(c) === true) {
      c.set("groupCommit", claimOf(c, key, requestHash));
      return next();
    }
    await options.faults?.("before_claim");
    const replay = await settle(c, options, claimOf(c, key, requestHash), async () => {
      await next();
      return c.res;
    });
    if (replay !== undefined) return replay;
    await options.faults?.("after_commit");
  };
}

/**
 * `Idempotency-Key` for a streamed upload, settled by its handler once the bytes are stored and hashed:
 * `requestHash` stands for the whole request (the form's fields and the file's SHA-256). With no key,
 * `record` just runs. With one, it runs in one transaction with the key's claim and stored outcome, as the
 * middleware does; a retry of a committed upload gets the stored response (and `discard` deletes the bytes
 * it stored again), the same key with another upload is 422 `idempotency_key_reused` (also discarded).
 *
 * @example
 * return idempotentUpload(c, deps, hash, () => record(), () => discardUpload(settings, plan));
 */
export async function idempotentUpload(
  c: Context<AppEnv>,
  options: IdempotencyOptions,
  requestHash: string,
  record: () => Promise<Response>,
  discard: () => Promise<void>,
): Promise<Response> {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return record();
  if (!KEY_PATTERN.test(key)) {
    await discard();
    return invalidKey(c);
  }
  let recorded: Response | undefined;
  let replay: Response | undefined;
  try {
    replay = await settle(c, options, claimOf(c, key, requestHash), async () => {
      recorded = await record();
      return recorded;
    });
  } catch (error) {
    await discard();
    throw error;
  }
  if (replay === undefined) return recorded as Response;
  if (recorded === undefined || recorded.status >= 400) await discard();
  return replay;
}

function invalidKey(c: Context<AppEnv>): Response {
  return problemResponse(c, {
    code: "invalid_idempotency_key",
    detail: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
  });
}

function claimOf(c: Context<AppEnv>, key: string, requestHash: string): IdempotencyClaim {
  return { tenantId: c.get("principal").tenantId, key, operation: `POST ${c.req.path}`, requestHash };
}

/** Claims and runs, or replays; a Response means "answer with this" (a replay, a refusal or a rollback). */
async function settle(
  c: Context<AppEnv>,
  options: IdempotencyOptions,
  claim: IdempotencyClaim,
  run: () => Promise<Response>,
): Promise<Response | undefined> {
  try {
    return await runInAmbientTransaction(options.db, (tx) => settleInTransaction(c, tx, claim, run, options));
  } catch (error) {
    if (error instanceof RollbackWith) return error.response;
    throw error;
  }
}

/** Claims the key and runs the handler, or answers from the committed claim; a Response means "replay". */
async function settleInTransaction(
  c: Context<AppEnv>,
  tx: OpenTransaction,
  claim: IdempotencyClaim,
  run: () => Promise<Response>,
  options: IdempotencyOptions,
): Promise<Response | undefined> {
  const claimed = await claimKey.run(tx, { ...claim, createdAt: options.clock() });
  if (claimed.length === 0) return replayCommitted(c, tx, claim);
  await options.faults?.("after_claim");
  const response = await run();
  if (response.status >= 400) {
    if (!keepsChangesOnFailure(c)) throw new RollbackWith(response);
    // A failed attempt that must count (`keepChangesOnFailure`): its changes commit, but a 4xx is never
    // replayed, so the key is released in the same transaction and a retry runs afresh.
    await tx
      .delete(idempotencyKeys)
      .where(and(eq(idempotencyKeys.tenantId, claim.tenantId), eq(idempotencyKeys.key, claim.key)));
    return undefined;
  }
  await completeKey.run(tx, {
    tenantId: claim.tenantId,
    key: claim.key,
    responseStatus: response.status,
    responseBody: c.get("redactedBody") ?? (await responseText(response)),
    responseContentType: response.headers.get("content-type"),
    completedAt: options.clock(),
  });
  return undefined;
}

type KeyRow = typeof idempotencyKeys.$inferInsert;

const claimKey = compiledStatement<IdempotencyClaim & { createdAt: Date }, { key: string }>(
  (db, value) =>
    db
      .insert(idempotencyKeys)
      .values({
        tenantId: value("tenantId"),
        key: value("key"),
        operation: value("operation"),
        requestHash: value("requestHash"),
        createdAt: value("createdAt"),
        state: "in_progress",
      } as unknown as KeyRow)
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key }),
  { key: idempotencyKeys.key },
);

type Completion = Pick<IdempotencyClaim, "tenantId" | "key"> &
  Required<Pick<KeyRow, "responseStatus" | "responseBody" | "responseContentType" | "completedAt">>;

const completeKey = compiledStatement<Completion>((db, value) =>
  db
    .update(idempotencyKeys)
    .set({
      state: "completed",
      responseStatus: value("responseStatus"),
      responseBody: value("responseBody"),
      responseContentType: value("responseContentType"),
      completedAt: value("completedAt"),
    } as unknown as KeyRow)
    .where(and(eq(idempotencyKeys.tenantId, value("tenantId")), eq(idempotencyKeys.key, value("key")))),
);

/** The key is taken by a committed request: its stored response, or 422 if that request was another one. */
async function replayCommitted(c: Context<AppEnv>, tx: OpenTransaction, claim: IdempotencyClaim): Promise<Response> {
  return answerFromStored(c, await storedKey(tx, claim), claim);
}

/**
 * Route middleware for money-moving POSTs: without an `Idempotency-Key` the request is refused with 400
 * `idempotency_key_required` before anything runs (the header is declared required in the spec too).
 *
 * @example
 * createRoute({ …, middleware: [paymentsScope, requireIdempotencyKey] });
 */
export const requireIdempotencyKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header("idempotency-key") !== undefined) return next();
  return problemResponse(c, {
    code: "idempotency_key_required",
    detail: `${c.req.method} ${c.req.path} moves money: send an Idempotency-Key header (e.g. a UUID) and reuse it when you retry.`,
    extensions: {
      errors: [
        { location: "header", pointer: "/idempotency-key", code: "required", detail: "Idempotency-Key is required" },
      ],
    },
  });
};
