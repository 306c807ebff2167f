import { createRoute, z } from "@hono/zod-openapi";
import type { Database } from "../db/database.js";
import { createRouter } from "../http/app-env.js";
import { problemResponse, problemSchema } from "../http/problem.js";

const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  summary: "Liveness: the process is up",
  tags: ["System"],
  security: [],
  responses: {
    200: {
      description: "The process is up",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }).openapi("Health") } },
    },
  },
});

const readyRoute = createRoute({
  method: "get",
  path: "/ready",
  operationId: "getReadiness",
  summary: "Readiness: the database answers",
  tags: ["System"],
  security: [],
  responses: {
    200: {
      description: "Ready to serve",
      content: {
        "application/json": {
          schema: z
            .object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) })
            .openapi("Readiness"),
        },
      },
    },
    503: {
      description: "The database is not reachable (`service_unavailable`)",
      content: { "application/problem+json": { schema: problemSchema } },
    },
  },
});

/**
 * `GET /health` (no I/O) and `GET /ready` (runs `select 1`), both without authentication.
 *
 * @example
 * app.route("/", systemRoutes(database));
 */
export function systemRoutes(database: Database) {
  const router = createRouter();
  router.openapi(healthRoute, (c) => c.json({ status: "ok" as const }, 200));
  router.openapi(readyRoute, async (c) => {
    try {
      await database.ping();
      return c.json({ status: "ready" as const, database: database.kind }, 200);
    } catch (error) {
      c.get("logger").error({ err: error }, "readiness check failed");
      return problemResponse(c, { code: "service_unavailable", detail: "The database is not reachable." });
    }
  });
  return router;
}
