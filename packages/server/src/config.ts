import { z } from "zod";
import {
  type CreditReportsConfig,
  creditReportsConfigOf,
  creditReportsEnvironment,
} from "./credit-reports/environment.js";
import {
  type DocumentParsingConfig,
  documentParsingConfigOf,
  documentParsingEnvironment,
} from "./document-extractions/environment.js";
import { type DocumentsConfig, documentEnvironment, documentsConfigOf } from "./documents/environment.js";
import { type ESignatureConfig, eSignatureConfigOf, eSignatureEnvironment } from "./envelopes/environment.js";
import { LOG_LEVELS, type LogLevel } from "./logger.js";
import { parseMasterKey } from "./pii/master-keys.js";
import { processEnvironment, unshareableState } from "./process-environment.js";
import type { WebhookUrlPolicy } from "./webhook-endpoints/url-policy.js";

/**
 * The development JWT secret used when `JWT_SECRET` and `JWKS_URL` are both unset. It is public (it is in
 * this file): a server using it logs a warning on start, and it must never be used in production.
 *
 * @example
 * if (config.jwt.secret === DEVELOPMENT_JWT_SECRET) logger.warn("development secret in use");
 */
export const DEVELOPMENT_JWT_SECRET = "lendstack-INSECURE-development-secret-do-not-use-in-production";

/**
 * Server settings, parsed from the environment.
 *
 * @example
 * const { port, databaseUrl } = loadConfig();
 */
export interface ServerConfig {
  readonly port: number;
  /** The interface to listen on: loopback (`127.0.0.1`) unless `HOST` says otherwise. */
  readonly host: string;
  /** `PUBLIC_URL`: the address clients use when it is not the one requests arrive at (behind a proxy). */
  readonly publicUrl: string | undefined;
  /** `NODE_ENV=production` refuses the public development secret entirely. */
  readonly isProduction: boolean;
  /** `postgres://…` to use a PostgreSQL server; undefined for the embedded PGlite database. */
  readonly databaseUrl: string | undefined;
  /** Where PGlite keeps its files when `databaseUrl` is undefined. */
  readonly dataDir: string;
  readonly jwt: {
    readonly secret: string | undefined;
    readonly isDevelopmentSecret: boolean;
    readonly jwksUrl: string | undefined;
    readonly issuer: string;
    readonly audience: string;
  };
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  readonly http: {
    /** `CORS_ORIGINS`, comma-separated: origins allowed to call from a browser (empty: CORS off). */
    readonly corsOrigins: ReadonlyArray<string>;
    /** `REQUEST_TIMEOUT_MS`: the whole request must arrive within this, else 408. */
    readonly requestTimeoutMs: number;
    /** `HEADERS_TIMEOUT_MS`: the headers must arrive within this, else 408. */
    readonly headersTimeoutMs: number;
  };
  readonly rateLimit: {
    /** `RATE_LIMIT_PER_MINUTE`: requests per tenant and token subject per minute; 0 turns limiting off. */
    readonly perMinute: number;
    /** `RATE_LIMIT_STORE`: `memory` (one process) or `postgres` (several processes on one database). */
    readonly store: "memory" | "postgres";
  };
  /** The PostgreSQL pool (ignored on PGlite), and how payments are committed. */
  readonly database: {
    readonly poolMax: number;
    readonly connectTimeoutMs: number;
    readonly statementTimeoutMs: number;
    /** `DATABASE_PREPARED_STATEMENTS`: `off` behind a transaction-mode pooler older than PgBouncer 1.21. */
    readonly preparedStatements: boolean;
    /** `LENDSTACK_GROUP_COMMIT`: `on` stores payments that arrive together in one transaction (`loans/group-commit.ts`). */
    readonly groupCommit: boolean;
  };
  /** Webhook URLs: http only outside production; private addresses only with `WEBHOOK_ALLOW_PRIVATE_URLS=true`. */
  readonly webhookUrlPolicy: WebhookUrlPolicy;
  /**
   * PII encryption: `LENDSTACK_MASTER_KEY` wraps each tenant's data keys; `LENDSTACK_PREVIOUS_MASTER_KEY`
   * still unwraps rows during a rotation. Both base64 of 32 bytes. Unset outside production: a development
   * key stored under the data folder (see `keyringFromConfig`).
   */
  readonly pii: { readonly masterKey: Buffer | undefined; readonly previousMasterKey: Buffer | undefined };
  /** Documents: storage and upload limits (see `DocumentsConfig`). */
  readonly documents: DocumentsConfig;
  /**
   * `SANCTIONS_MATCH_THRESHOLD` (0.5 to 1, default 0.85): a party's name scoring at least this against a
   * sanctions list entry is a hit (the party is held and a review task made).
   */
  readonly sanctionsMatchThreshold: number;
  /** The adapters: credit reports (bureau, reuse window), document parsing, e-signature (see each type). */
  readonly creditReports: CreditReportsConfig;
  readonly documentParsing: DocumentParsingConfig;
  readonly eSignature: ESignatureConfig;
  /** Whether `serve` runs the background worker (webhook deliveries) in-process (`LENDSTACK_WORKER=off` to not). */
  readonly runsWorker: boolean;
  /**
   * `LENDSTACK_PROCESSES`: how many API processes `serve` runs on the one port (Node's cluster module), one
   * per core. More than one needs PostgreSQL, a shared master key and a shared rate-limit store.
   */
  readonly processes: number;
  /**
   * `LENDSTACK_HEAP_GROWTH_PERCENT`: how far V8 lets the heap grow past what survived the last full garbage
   * collection before it collects again (`heap-growth.ts`); 0 leaves it to V8.
   */
  readonly heapGrowthPercent: number;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const masterKeyVariable = optionalText.pipe(
  z
    .string()
    .transform((value, context) => {
      const key = parseMasterKey(value);
      if (key === undefined) context.addIssue({ code: "custom", message: "must be base64 of exactly 32 bytes" });
      return key ?? Buffer.alloc(0);
    })
    .optional(),
);

const PORT_ERROR = { error: "must be a whole number from 0 to 65535 (0: any free port)" };

const environmentSchema = z.object({
  PORT: z.coerce.number(PORT_ERROR).int(PORT_ERROR).min(0, PORT_ERROR).max(65_535, PORT_ERROR).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  NODE_ENV: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
  ),
  LENDSTACK_DATA_DIR: z.string().trim().min(1).default("./.lendstack/data"),
  JWT_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  JWT_ISSUER: z.string().trim().min(1).default("lendstack"),
  JWT_AUDIENCE: z.string().trim().min(1).default("lendstack-api"),
  JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(["true", "false"]).default("false"),
  ...processEnvironment,
  LENDSTACK_MASTER_KEY: masterKeyVariable,
  LENDSTACK_PREVIOUS_MASTER_KEY: masterKeyVariable,
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(104_857_600).default(1_048_576), // 1 KiB to 100 MiB; 1 MiB
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim().replace(/\/+$/, ""))
        .filter((origin) => origin !== ""),
    )
    .pipe(
      z.array(
        z.union([
          z.literal("*"),
          z.string().regex(/^https?:\/\/[^/\s?#]+$/, "each origin must be scheme://host[:port] or *"),
        ]),
      ),
    ),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(10_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000_000).default(6_000),
  RATE_LIMIT_STORE: z.enum(["memory", "postgres"]).default("memory"),
  SANCTIONS_MATCH_THRESHOLD: z
    .string()
    .regex(/^(0\.[5-9]\d{0,3}|1(\.0{1,4})?)$/, "must be a decimal from 0.5 to 1 with at most four places, e.g. 0.85")
    .default("0.85")
    .transform(Number),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1_000).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(86_400_000).default(30_000),
  DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  LENDSTACK_GROUP_COMMIT: z.enum(["on", "off"]).default("on"),
  ...documentEnvironment,
  ...creditReportsEnvironment,
  ...documentParsingEnvironment,
  ...eSignatureEnvironment,
});

/**
 * Thrown by {@link loadConfig}; its message names each bad variable.
 *
 * @example
 * try { loadConfig(); } catch (error) { if (error instanceof ConfigError) console.error(error.message); }
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Reads the server configuration from environment variables, failing with a message that names every
 * bad variable and why.
 *
 * @example
 * const config = loadConfig({ PORT: "8080" });
 * config.port; // 8080
 * loadConfig({ PORT: "abc" }); // throws ConfigError: 'Invalid configuration: PORT: must be a whole number from 0 to 65535 (0: any free port) (got "abc")'
 */
export function loadConfig(environment: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const given = environment[name];
      const shown = given === undefined || /SECRET|KEY/.test(name) ? "" : ` (got "${given}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${lines.join("; ")}`);
  }
  const env = parsed.data;
  const unshareable = unshareableState(env);
  if (unshareable.length > 0) {
    const processes = `LENDSTACK_PROCESSES=${env.LENDSTACK_PROCESSES}`;
    throw new ConfigError(`Invalid configuration: ${processes}: ${unshareable.join("; ")}`);
  }
  const creditReports = creditReportsConfigOf(env);
  if (typeof creditReports === "string") throw new ConfigError(`Invalid configuration: ${creditReports}`);
  const documentParsing = documentParsingConfigOf(env);
  if (typeof documentParsing === "string") throw new ConfigError(`Invalid configuration: ${documentParsing}`);
  const eSignature = eSignatureConfigOf(env);
  if (typeof eSignature === "string") throw new ConfigError(`Invalid configuration: ${eSignature}`);
  const isDevelopmentSecret =
    (env.JWT_SECRET === undefined && env.JWKS_URL === undefined) || env.JWT_SECRET === DEVELOPMENT_JWT_SECRET;
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL,
    isProduction: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL,
    dataDir: env.LENDSTACK_DATA_DIR,
    jwt: {
      secret: env.JWT_SECRET ?? (isDevelopmentSecret ? DEVELOPMENT_JWT_SECRET : undefined),
      isDevelopmentSecret,
      jwksUrl: env.JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
    },
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    http: {
      corsOrigins: env.CORS_ORIGINS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
    },
    rateLimit: { perMinute: env.RATE_LIMIT_PER_MINUTE, store: env.RATE_LIMIT_STORE },
    database: {
      poolMax: env.DATABASE_POOL_MAX,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS === "on",
      groupCommit: env.LENDSTACK_GROUP_COMMIT === "on",
    },
    webhookUrlPolicy: {
      allowHttp: env.NODE_ENV !== "production",
      allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_URLS === "true",
    },
    pii: { masterKey: env.LENDSTACK_MASTER_KEY, previousMasterKey: env.LENDSTACK_PREVIOUS_MASTER_KEY },
    documents: documentsConfigOf(env),
    sanctionsMatchThreshold: env.SANCTIONS_MATCH_THRESHOLD,
    creditReports,
    documentParsing,
    eSignature,
    runsWorker: env.LENDSTACK_WORKER === "on",
    processes: env.LENDSTACK_PROCESSES,
    heapGrowthPercent: env.LENDSTACK_HEAP_GROWTH_PERCENT,
  };
}
