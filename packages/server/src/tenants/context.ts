import type { MiddlewareHandler } from "hono";
import type { Db } from "../db/types.js";
import type { AppEnv } from "../http/app-env.js";
import { businessDateOf } from "./business-date.js";
import { loadTenantSettings } from "./store.js";

/**
 * App middleware on `/v1/*` (after authentication): reads the tenant's settings once and sets
 * `c.get("tenant")` — the settings and the tenant's business date now, which every `asOf` defaults to
 * and every event is dated with.
 *
 * @example
 * app.use("/v1/*", tenantContext(database.db, clock));
 */
export function tenantContext(db: Db, clock: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const settings = await loadTenantSettings(db, c.get("principal").tenantId);
    c.set("tenant", { settings, businessDate: businessDateOf(clock(), settings) });
    await next();
  };
}
