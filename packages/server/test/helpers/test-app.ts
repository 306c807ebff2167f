import { randomUUID } from "node:crypto";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { CreditBureau } from "../../src/adapters/credit-bureau/index.js";
import type { DocumentParser } from "../../src/adapters/document-parsing/index.js";
import type { ESignatureProvider } from "../../src/adapters/e-signature/index.js";
import { createApp } from "../../src/app.js";
import { mintDevelopmentToken } from "../../src/auth/development-token.js";
import type { AuthSettings } from "../../src/auth/jwt.js";
import type { Database } from "../../src/db/database.js";
import type { DocumentSettings } from "../../src/documents/settings.js";
import type { AppEnv } from "../../src/http/app-env.js";
import type { FaultHook } from "../../src/http/faults.js";
import { createIdGenerator, type IdGenerator } from "../../src/ids.js";
import { createLogger, type Logger } from "../../src/logger.js";
import type { MasterKeyring } from "../../src/pii/master-keys.js";
import { allScopes } from "../../src/resources.js";
import type { WebhookUrlPolicy } from "../../src/webhook-endpoints/url-policy.js";

/** The secret, issuer and audience test apps trust. */
export const TEST_SECRET = "test-secret-that-is-at-least-32-characters-long";
export const TEST_AUTH: AuthSettings = {
  issuer: "lendstack-test",
  audience: "lendstack-test-api",
  keys: { kind: "secret", secret: TEST_SECRET },
};

/** A clock tests can move. */
export interface TestClock {
  (): Date;
  advance(milliseconds: number): void;
}

/** @example const clock = createTestClock("2025-03-01T12:00:00Z"); clock.advance(1000); */
export function createTestClock(start = "2025-03-01T12:00:00.000Z"): TestClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (milliseconds) => {
    now += milliseconds;
  };
  return clock;
}

/** An app over `database` with a test clock, a seeded-random id generator and silent logs. */
export interface TestApp {
  readonly app: OpenAPIHono<AppEnv>;
  readonly clock: TestClock;
  readonly ids: IdGenerator;
  /** A token for `tenant` (all scopes unless given), signed with the test secret. */
  token(tenant: string, scopes?: ReadonlyArray<string>): Promise<string>;
  /** `app.request` with JSON body and bearer token filled in. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
}

export interface CallOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /**
   * A POST gets a fresh `Idempotency-Key` unless `headers` has one, as the client SDK does; `null` sends none
   * (to test what a keyless POST gets).
   */
  readonly idempotencyKey?: string | null;
}

/**
 * Builds the app in-process for tests.
 *
 * @example
 * const { call, token } = createTestApp(database);
 * const response = await call("GET", "/v1/products", { token: await token("tenant-a") });
 */
export function createTestApp(
  database: Database,
  overrides: {
    ids?: IdGenerator;
    bodyLimitBytes?: number;
    faults?: FaultHook;
    /** ISO instant the test clock starts at (default 2025-03-01T12:00:00Z). */
    clockStart?: string;
    webhookUrlPolicy?: WebhookUrlPolicy;
    /** The PII master keys (default: a random in-memory key). */
    pii?: MasterKeyring;
    /** Where logs go (default: silent). */
    logger?: Logger;
    /** Document storage and limits (default: in-memory storage, 50 MiB). */
    documents?: DocumentSettings;
    /** The credit bureau (default: the sandbox). */
    creditBureau?: CreditBureau;
    /** Days a credit report is reused (default 30). */
    creditReportReuseDays?: number;
    /** The document parser (default: the built-in one). */
    documentParser?: DocumentParser;
    /** An external e-signature provider (default: none, Lendstack's own signing). */
    eSignatureProvider?: ESignatureProvider;
    /** Other external e-signature providers tenants may choose (default: none). */
    eSignatureProviders?: ReadonlyArray<ESignatureProvider>;
    /** How often a read may ask a provider for an envelope's status (default 60 s). */
    eSignatureStatusRefreshSeconds?: number;
    /** Payments stored by group commit, as the server does by default (`LENDSTACK_GROUP_COMMIT`); false: one transaction each. */
    groupCommit?: boolean;
  } = {},
): TestApp {
  const clock = createTestClock(overrides.clockStart);
  const ids = overrides.ids ?? createIdGenerator({ clock });
  const app = createApp({
    database,
    clock,
    ids,
    auth: TEST_AUTH,
    logger: overrides.logger ?? createLogger("silent"),
    ...(overrides.pii === undefined ? {} : { pii: overrides.pii }),
    limits: { bodyLimitBytes: overrides.bodyLimitBytes ?? 64 * 1024 },
    ...(overrides.faults === undefined ? {} : { faults: overrides.faults }),
    webhookUrlPolicy: overrides.webhookUrlPolicy,
    ...(overrides.documents === undefined ? {} : { documents: overrides.documents }),
    ...(overrides.creditBureau === undefined ? {} : { creditBureau: overrides.creditBureau }),
    ...(overrides.creditReportReuseDays === undefined
      ? {}
      : { creditReportReuseDays: overrides.creditReportReuseDays }),
    ...(overrides.documentParser === undefined ? {} : { documentParser: overrides.documentParser }),
    ...(overrides.eSignatureProvider === undefined ? {} : { eSignatureProvider: overrides.eSignatureProvider }),
    eSignatureProviders: overrides.eSignatureProviders,
    eSignatureStatusRefreshSeconds: overrides.eSignatureStatusRefreshSeconds,
    groupCommit: overrides.groupCommit !== false,
  });
  const token = (tenant: string, scopes: ReadonlyArray<string> = allScopes()) =>
    mintDevelopmentToken({
      tenant,
      scopes,
      secret: TEST_SECRET,
      issuer: TEST_AUTH.issuer,
      audience: TEST_AUTH.audience,
      now: clock(),
      ttl: "1h",
      subject: `user-of-${tenant}`,
    });
  const call = (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (method === "POST" && headers["idempotency-key"] === undefined && options.idempotencyKey !== null) {
      headers["idempotency-key"] = options.idempotencyKey ?? randomUUID();
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    return Promise.resolve(app.request(path, { method, headers, ...(body === undefined ? {} : { body }) }));
  };
  return { app, clock, ids, token, call };
}
