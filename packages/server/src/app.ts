import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { CreditBureau } from "./adapters/credit-bureau/index.js";
import type { DocumentParser } from "./adapters/document-parsing/index.js";
import type { ESignatureProvider } from "./adapters/e-signature/index.js";
import { type AuthSettings, createTokenVerifier } from "./auth/jwt.js";
import { authenticate } from "./auth/middleware.js";
import type { Database } from "./db/database.js";
import { docsRoutes } from "./docs/routes.js";
import type { DocumentSettings } from "./documents/index.js";
import { inMemoryDocumentSettings } from "./documents/settings.js";
import { eSignatureCallbackRoutes, signingRoutes } from "./envelopes/index.js";
import { eventRecorder } from "./events/recorder.js";
import type { AppEnv } from "./http/app-env.js";
import { handleError } from "./http/error-handler.js";
import type { FaultHook } from "./http/faults.js";
import { idempotency } from "./http/idempotency.js";
import { notFoundOrMethodNotAllowed } from "./http/method-not-allowed.js";
import { limitedBody } from "./http/node-body.js";
import { openApiDocumentFor, registerSecurityScheme } from "./http/openapi.js";
import { problemResponse } from "./http/problem.js";
import { rateLimit, rateLimitUnauthenticated } from "./http/rate-limit.js";
import type { RateLimitStore } from "./http/rate-limit-store.js";
import { requestContext } from "./http/request-context.js";
import type { ResourceDeps } from "./http/resource.js";
import { rememberJsonText } from "./http/response-text.js";
import { registerConventionComponents } from "./http/route-conventions.js";
import { corsFor, securityHeaders } from "./http/security.js";
import { isStreamedUpload } from "./http/streamed-upload.js";
import { tenantScope } from "./http/tenant-scope.js";
import { wellFormedInput } from "./http/well-formed-input.js";
import type { IdGenerator } from "./ids.js";
import { loanChangeGroups } from "./loans/group-commit.js";
import type { Logger } from "./logger.js";
import { ephemeralKeyring, type MasterKeyring } from "./pii/master-keys.js";
import { resources } from "./resources.js";
import { systemRoutes } from "./system/routes.js";
import { tenantSettingsReading } from "./tenants/context.js";
import type { WebhookUrlPolicy } from "./webhook-endpoints/url-policy.js";

/**
 * Everything the app depends on, passed in so tests build it in-process.
 *
 * @example
 * const deps: AppDeps = { database, clock: () => new Date(), ids, auth, logger: createLogger("silent") };
 */
export interface AppDeps {
  /** The database: `database.db` is the drizzle handle every query goes through. */
  readonly database: Database;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly auth: AuthSettings;
  readonly logger: Logger;
  /** The address clients use when it differs from the one requests arrive at (behind a proxy); the served spec's `servers`. */
  readonly publicUrl?: string | undefined;
  readonly limits?: {
    /** Largest accepted request body in bytes (default 1 MiB). */
    readonly bodyLimitBytes?: number;
  };
  readonly http?: {
    /** `CORS_ORIGINS`: browser origins allowed to call the API (none: CORS off). */
    readonly corsOrigins?: ReadonlyArray<string>;
    /** Send `Strict-Transport-Security` (the server is reached over HTTPS). */
    readonly hsts?: boolean;
  };
  /** Per tenant and token subject, on `/v1/*`; unset: no limit (in-process tests). */
  readonly rateLimit?: { readonly store: RateLimitStore; readonly limitPerMinute: number };
  /** Test-only fault injection at each step of an idempotent change (see `FaultStep`); unset in production. */
  readonly faults?: FaultHook;
  /** `false` records no domain events: only for the outbox benchmark's baseline. Default true. */
  readonly recordEvents?: boolean;
  /**
   * `LENDSTACK_GROUP_COMMIT`: payments are stored by group commit (`loans/group-commit.ts`), many requests' changes
   * in one transaction, instead of each in its own. Default false.
   */
  readonly groupCommit?: boolean;
  /** Which webhook URLs endpoints may have (https to public addresses when unset). */
  readonly webhookUrlPolicy?: WebhookUrlPolicy | undefined;
  /** Sanctions screening's hit threshold (`SANCTIONS_MATCH_THRESHOLD`); 0.85 when unset. */
  readonly sanctionsMatchThreshold?: number | undefined;
  /** The credit bureau (the deterministic sandbox when unset). */
  readonly creditBureau?: CreditBureau | undefined;
  /** `CREDIT_REPORT_REUSE_DAYS`: a completed report is reused this many days (30 when unset). */
  readonly creditReportReuseDays?: number | undefined;
  /** The document parser (`DOCUMENT_PARSER`; the built-in offline one when unset). */
  readonly documentParser?: DocumentParser | undefined;
  /** The external e-signature provider (`E_SIGNATURE_PROVIDER`); Lendstack's own signing page when unset. */
  readonly eSignatureProvider?: ESignatureProvider | undefined;
  /** Other external e-signature providers a tenant may choose in its settings. */
  readonly eSignatureProviders?: ReadonlyArray<ESignatureProvider> | undefined;
  /** `E_SIGNATURE_STATUS_REFRESH_SECONDS` (60 when unset). */
  readonly eSignatureStatusRefreshSeconds?: number | undefined;
  /**
   * The master keys that wrap each tenant's PII keys (`keyringFromConfig`). Unset: a random key held in
   * memory, so PII written by this app is unreadable by any other process (in-process tests only).
   */
  readonly pii?: MasterKeyring;
  /** Document storage and upload limits; unset: in-memory storage (tests) with the default limits. */
  readonly documents?: DocumentSettings;
}

const PAYMENT_PATH = /^\/v1\/loans\/[^/]+\/payments$/;

/** `POST /v1/loans/{loanId}/payments`: the change group commit stores. */
function isPaymentPost(c: Context<AppEnv>): boolean {
  return c.req.method === "POST" && PAYMENT_PATH.test(c.req.path);
}

/**
 * Builds the Hono app: request ids and logs, security headers, CORS, body limit, bearer auth, rate limits,
 * idempotency and a tenant-scoped transaction (row-level security) on `/v1/*`, every
 * registered resource, `/health`, `/ready`, `/openapi.json`, `/docs`, and problem+json for every error.
 *
 * @example
 * const app = createApp({ database, clock: () => new Date(), ids, auth, logger });
 * const response = await app.request("/health");
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const { db } = deps.database;
  const app = new OpenAPIHono<AppEnv>();
  // Outermost, so that its headers are set last, on the response that is sent, whatever made it.
  app.use("*", rememberJsonText());
  app.use("*", securityHeaders({ hsts: deps.http?.hsts ?? false }));
  app.use("*", requestContext(deps.ids, deps.logger, deps.clock));
  app.use("*", corsFor(deps.http?.corsOrigins ?? []));
  const limitBody = limitedBody({
    maxSize: deps.limits?.bodyLimitBytes ?? 1024 * 1024,
    onError: (c) => problemResponse(c, { code: "payload_too_large", detail: "The request body is too large." }),
  });
  // A streamed upload is bounded by the document size limit as it is read (documents/intake.ts).
  app.use("*", (c, next) => (isStreamedUpload(c) ? next() : limitBody(c, next)));
  if (deps.rateLimit !== undefined) {
    app.use("/v1/*", rateLimitUnauthenticated({ ...deps.rateLimit, clock: deps.clock }));
  }
  app.use("/v1/*", authenticate(createTokenVerifier(deps.auth, deps.clock)));
  if (deps.rateLimit !== undefined) app.use("/v1/*", rateLimit({ ...deps.rateLimit, clock: deps.clock }));
  app.use("/v1/*", wellFormedInput());
  // The outbox benchmark's baseline (no events recorded) stores payments one by one: a batch records its events.
  const loanChanges = deps.groupCommit === true && deps.recordEvents !== false ? loanChangeGroups(db) : undefined;
  const groupCommitted = loanChanges === undefined ? undefined : isPaymentPost;
  app.use("/v1/*", idempotency({ db, clock: deps.clock, faults: deps.faults, groupCommitted }));
  // Inside idempotency's transaction when there is one, so "committed" still means the key and the change.
  app.use("/v1/*", tenantScope(db, tenantSettingsReading(deps.clock)));
  app.use("/v1/*", eventRecorder({ db, clock: deps.clock, ids: deps.ids, off: deps.recordEvents === false }));

  app.route("/", systemRoutes(deps.database));

  const resourceDeps: ResourceDeps = {
    db,
    loanChanges,
    clock: deps.clock,
    ids: deps.ids,
    faults: deps.faults,
    webhookUrlPolicy: deps.webhookUrlPolicy,
    sanctionsMatchThreshold: deps.sanctionsMatchThreshold,
    creditBureau: deps.creditBureau,
    creditReportReuseDays: deps.creditReportReuseDays,
    documentParser: deps.documentParser,
    eSignatureProvider: deps.eSignatureProvider,
    eSignatureProviders: deps.eSignatureProviders,
    eSignatureStatusRefreshSeconds: deps.eSignatureStatusRefreshSeconds,
    pii: deps.pii ?? ephemeralKeyring(),
    // One storage for every resource (documents, envelopes), in memory when none is configured.
    documents: deps.documents ?? inMemoryDocumentSettings(),
    publicUrl: deps.publicUrl,
  };
  for (const resource of resources) app.route("/", resource.routes(resourceDeps));
  app.route("/", signingRoutes(resourceDeps, resourceDeps.documents ?? inMemoryDocumentSettings()));
  app.route("/", eSignatureCallbackRoutes(resourceDeps, resourceDeps.documents ?? inMemoryDocumentSettings()));

  registerSecurityScheme(app);
  registerConventionComponents(app);
  app.route("/", docsRoutes({ document: () => openApiDocumentFor(app), publicUrl: deps.publicUrl }));

  app.notFound(notFoundOrMethodNotAllowed(() => app.routes));
  app.onError(handleError);
  return app;
}
