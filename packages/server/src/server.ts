import type { Server } from "node:http";
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app.js";
import type { AuthSettings } from "./auth/jwt.js";
import type { ServerConfig } from "./config.js";
import { creditBureauOf } from "./credit-reports/environment.js";
import { createDatabase, type Database } from "./db/database.js";
import { seedDemoTenant } from "./demo/seed.js";
import { documentParserOf } from "./document-extractions/environment.js";
import { documentSettingsFromConfig } from "./documents/from-config.js";
import { eSignatureProvidersFromConfig } from "./envelopes/environment.js";
import { guardNodeServer } from "./http/client-errors.js";
import { memoryRateLimitStore, postgresRateLimitStore } from "./http/rate-limit-store.js";
import { createIdGenerator } from "./ids.js";
import { startBackgroundWorker } from "./jobs/background.js";
import { createLogger, type Logger } from "./logger.js";
import { keyringFromConfig } from "./pii/master-keys.js";
import { assertSafeToServe } from "./startup-safety.js";

/** The outside world's adapters as configured: credit bureau, document parser, e-signature provider. */
function adaptersOf(config: ServerConfig, clock: () => Date) {
  return {
    creditBureau: creditBureauOf(config.creditReports),
    creditReportReuseDays: config.creditReports.reuseDays,
    documentParser: documentParserOf(config.documentParsing),
    ...eSignatureProvidersFromConfig(config.eSignature, clock),
  };
}

/**
 * The verification settings a configuration selects: JWKS when `JWKS_URL` is set, else HS256 with
 * `JWT_SECRET` (or the development secret).
 *
 * @example
 * const auth = authSettingsFromConfig(loadConfig());
 */
export function authSettingsFromConfig(config: ServerConfig): AuthSettings {
  const { jwt } = config;
  const keys =
    jwt.jwksUrl !== undefined
      ? { kind: "jwks" as const, url: jwt.jwksUrl }
      : { kind: "secret" as const, secret: jwt.secret ?? "" };
  return { issuer: jwt.issuer, audience: jwt.audience, keys };
}

/**
 * A started server and how to stop it.
 *
 * @example
 * const server = await startServer(config);
 * await server.close();
 */
export interface RunningServer {
  readonly url: string;
  readonly database: Database;
  readonly logger: Logger;
  /** Products the demo seed created on this start (0 when the tenant already had some or no seed was asked). */
  readonly seededProducts: number;
  /** Why the PII master key is not for real use (a development or in-memory key); undefined with LENDSTACK_MASTER_KEY. */
  readonly masterKeyWarning: string | undefined;
  close(): Promise<void>;
}

/**
 * Refuses an unsafe configuration (see `startupRefusal`), then opens the configured database, migrates it,
 * optionally seeds the demo tenant, listens, and starts the background worker (webhook deliveries, daily closes) unless
 * configured off. It logs nothing itself, so a caller can print a banner first.
 *
 * @example
 * const server = await startServer(loadConfig(), { seed: true });
 * console.log(`${server.url}/docs`);
 */
export async function startServer(config: ServerConfig, options: { seed?: boolean } = {}): Promise<RunningServer> {
  assertSafeToServe(config);
  const logger = createLogger(config.logLevel);
  const database = await createDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    ...config.database,
    onConnectionError: (error) => logger.warn({ reason: error.message }, "database connection lost"),
  });
  await database.migrate();
  const clock = () => new Date();
  const ids = createIdGenerator({ clock });
  const seededProducts = options.seed === true ? await seedDemoTenant(database, { clock, ids }) : 0;
  const pii = keyringFromConfig(config.pii, config.dataDir);
  const app = createApp({
    pii,
    database,
    clock,
    ids,
    auth: authSettingsFromConfig(config),
    logger,
    publicUrl: config.publicUrl,
    limits: { bodyLimitBytes: config.bodyLimitBytes },
    http: { corsOrigins: config.http.corsOrigins, hsts: config.publicUrl?.startsWith("https://") === true },
    ...(config.rateLimit.perMinute === 0
      ? {}
      : {
          rateLimit: {
            limitPerMinute: config.rateLimit.perMinute,
            store: config.rateLimit.store === "postgres" ? postgresRateLimitStore(database.db) : memoryRateLimitStore(),
          },
        }),
    webhookUrlPolicy: config.webhookUrlPolicy,
    groupCommit: config.database.groupCommit,
    documents: documentSettingsFromConfig(config),
    sanctionsMatchThreshold: config.sanctionsMatchThreshold,
    ...adaptersOf(config, clock),
  });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        // How often Node looks for requests over their timeouts (default 30 s would let a slow body run long).
        serverOptions: { connectionsCheckingInterval: 1_000 },
      },
      () => resolve(started),
    );
  });
  guardNodeServer(server as Server, config.http, { logger, ids });
  const worker = config.runsWorker
    ? startBackgroundWorker({ db: database.db, clock, ids, policy: config.webhookUrlPolicy, logger, pii })
    : undefined;
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  return {
    url: `http://${shownHostOf(config.host)}:${port}`,
    database,
    logger,
    seededProducts,
    masterKeyWarning: pii.warning,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker?.stop();
      await database.close();
    },
  };
}

/** The host to print for a listening address: a wildcard is reachable as localhost, IPv6 needs brackets. */
function shownHostOf(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
