import type { ScopeReading } from "../http/tenant-scope.js";
import { businessDateOf } from "./business-date.js";
import { settingsFromJson, tenantSettingsJson } from "./store.js";

/**
 * Read with the tenant scope (`tenantScope(db, tenantSettingsReading(clock))` on `/v1/*`, after
 * authentication): the tenant's settings, set as `c.get("tenant")` with the tenant's business date now,
 * which every `asOf` defaults to and every event is dated with.
 *
 * @example
 * app.use("/v1/*", tenantScope(database.db, tenantSettingsReading(clock)));
 */
export function tenantSettingsReading(clock: () => Date): ScopeReading {
  return {
    expression: tenantSettingsJson,
    use: (c, value) => {
      const settings = settingsFromJson(c.get("principal").tenantId, value);
      c.set("tenant", { settings, businessDate: businessDateOf(clock(), settings) });
    },
  };
}
