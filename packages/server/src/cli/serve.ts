import cluster from "node:cluster";
import { mintDevelopmentToken } from "../auth/development-token.js";
import type { ServerConfig } from "../config.js";
import { DEMO_TENANT } from "../demo/seed.js";
import { installProcessSafetyNet } from "../process-safety.js";
import { allScopes } from "../resources.js";
import { startServer } from "../server.js";
import { runClusterWorker, startClusterPrimary } from "./serve-cluster.js";

/** What the start banner shows. @example formatBanner({ url, databaseLabel: "PGlite in ./data", token: "eyJ…" }) */
export interface BannerFacts {
  readonly url: string;
  readonly databaseLabel: string;
  /** A development token for the demo tenant, or undefined when tokens come from elsewhere (JWKS, production). */
  readonly token: string | undefined;
  /** Why there is no token, shown in its place. */
  readonly noTokenReason?: string;
  readonly isDevelopmentSecret: boolean;
}

/**
 * The plain-text start banner: addresses, then a line to paste into a shell (`export TOKEN=…`) and a
 * request to try. No log lines are mixed in: the server logs (JSON) start after it.
 *
 * @example
 * process.stdout.write(formatBanner({ url: "http://127.0.0.1:3000", databaseLabel: "PGlite in ./data", token, isDevelopmentSecret: true }));
 */
export function formatBanner(facts: BannerFacts): string {
  const lines = [
    "",
    `Lendstack is listening on ${facts.url}`,
    `  API reference: ${facts.url}/docs`,
    `  OpenAPI:       ${facts.url}/openapi.json`,
    `  Database:      ${facts.databaseLabel}`,
    "",
  ];
  if (facts.token === undefined) {
    lines.push(`No development token: ${facts.noTokenReason ?? "tokens come from your identity provider"}.`, "");
  } else {
    lines.push(
      `A development token for tenant "${DEMO_TENANT}" (all scopes, 30 days); paste this line into your shell:`,
      "",
      `export TOKEN=${facts.token}`,
      "",
      `Then try: curl -H "Authorization: Bearer $TOKEN" ${facts.url}/v1/products`,
      "",
    );
  }
  if (facts.isDevelopmentSecret) {
    lines.push("Tokens are signed with the PUBLIC development secret: set JWT_SECRET or JWKS_URL for real use.", "");
  }
  return `${lines.join("\n")}\n`;
}

async function bannerToken(config: ServerConfig): Promise<Pick<BannerFacts, "token" | "noTokenReason">> {
  if (config.jwt.secret === undefined) {
    return { token: undefined, noTokenReason: "JWKS_URL is set, so tokens come from your identity provider" };
  }
  if (config.isProduction) return { token: undefined, noTokenReason: "NODE_ENV=production" };
  const { secret, issuer, audience } = config.jwt;
  const token = await mintDevelopmentToken({
    tenant: DEMO_TENANT,
    scopes: allScopes(),
    ttl: "30d",
    secret,
    issuer,
    audience,
  });
  return { token };
}

/**
 * `lendstack serve`: starts the server (seeding the demo tenant when empty), prints the banner, then
 * logs; stops cleanly on SIGINT/SIGTERM. Installs the process safety net (`installProcessSafetyNet`): a
 * transient database error that escapes a request is logged and the server keeps serving; any other
 * uncaught error is logged, the server closes, and the process exits 1. With `LENDSTACK_PROCESSES` > 1 it
 * runs that many API processes on the one port (see `startClusterPrimary`).
 *
 * @example
 * await serveCommand(loadConfig());
 */
export async function serveCommand(config: ServerConfig): Promise<void> {
  if (cluster.isWorker) return runClusterWorker(config);
  if (config.processes > 1) return serveCluster(config);
  const server = await startServer(config, { seed: true });
  const databaseLabel =
    server.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir}`;
  const facts = { url: server.url, databaseLabel, isDevelopmentSecret: config.jwt.isDevelopmentSecret };
  process.stdout.write(formatBanner({ ...facts, ...(await bannerToken(config)) }));
  if (config.jwt.isDevelopmentSecret) server.logger.warn("using the PUBLIC development secret (loopback only)");
  if (server.masterKeyWarning !== undefined) server.logger.warn(server.masterKeyWarning);
  if (server.seededProducts > 0) server.logger.info({ created: server.seededProducts }, "seeded the demo tenant");
  server.logger.info({ url: server.url }, "listening");
  installProcessSafetyNet({ logger: server.logger, shutdown: () => server.close() });
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function serveCluster(config: ServerConfig): Promise<void> {
  const started = await startClusterPrimary(config);
  const databaseLabel = `PostgreSQL (DATABASE_URL), ${config.processes} API processes`;
  const facts = { url: started.url, databaseLabel, isDevelopmentSecret: config.jwt.isDevelopmentSecret };
  process.stdout.write(formatBanner({ ...facts, ...(await bannerToken(config)) }));
  const { logger } = started;
  if (config.jwt.isDevelopmentSecret) logger.warn("using the PUBLIC development secret (loopback only)");
  if (started.masterKeyWarning !== undefined) logger.warn(started.masterKeyWarning);
  if (started.seededProducts > 0) logger.info({ created: started.seededProducts }, "seeded the demo tenant");
  logger.info({ url: started.url, processes: config.processes }, "listening");
}
