export { type AppDeps, createApp } from "./app.js";
export { type DevelopmentTokenRequest, mintDevelopmentToken } from "./auth/development-token.js";
export type { AuthSettings, Principal } from "./auth/jwt.js";
export { createTokenVerifier } from "./auth/jwt.js";
export { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig, type ServerConfig } from "./config.js";
export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  type Db,
  type Executor,
  type Tx,
} from "./db/database.js";
export { migrate } from "./db/migrate.js";
export { wrapPglite } from "./db/pglite.js";
export { DEMO_TENANT, seedDemoTenant } from "./demo/seed.js";
export type { ApiResource, ResourceDeps } from "./http/resource.js";
export { createIdGenerator, type IdGenerator } from "./ids.js";
export { createLogger, type Logger } from "./logger.js";
export { buildOpenApiDocument, renderOpenApiDocument } from "./openapi-document.js";
export { allScopes, resources } from "./resources.js";
export { authSettingsFromConfig, type RunningServer, startServer } from "./server.js";
export { createTestDatabase, type TestDatabase } from "./testing/test-database.js";
