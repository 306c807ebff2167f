import { Hono } from "hono";
import type { Database } from "../db/database.js";
import type { AppEnv } from "../http/app-env.js";
import { problemResponse } from "../http/problem.js";

/**
 * `GET /health` (liveness, no I/O) and `GET /ready` (readiness: runs `select 1`; 503
 * `service_unavailable` when the database does not answer), both without authentication. They are
 * operational probes for load balancers and orchestrators, so they stay out of the OpenAPI document.
 *
 * @example
 * app.route("/", systemRoutes(database));
 */
export function systemRoutes(database: Database): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  router.get("/health", (c) => c.json({ status: "ok" }, 200));
  router.get("/ready", async (c) => {
    try {
      await database.ping();
      return c.json({ status: "ready", database: database.kind }, 200);
    } catch (error) {
      c.get("logger").error({ err: error }, "readiness check failed");
      return problemResponse(c, { code: "service_unavailable", detail: "The database is not reachable." });
    }
  });
  return router;
}
