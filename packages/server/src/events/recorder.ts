import type { MiddlewareHandler } from "hono";
import type { Db } from "../db/types.js";
import type { AppEnv } from "../http/app-env.js";
import type { IdGenerator } from "../ids.js";
import { recordEvent } from "./record.js";

/**
 * App middleware on `/v1/*`: gives the request a `recordEvent` bound to its tenant, request id, clock and
 * the ambient-aware database, so events join the request's transaction.
 *
 * @example
 * app.use("/v1/*", eventRecorder({ db, clock: deps.clock, ids: deps.ids }));
 */
export function eventRecorder(deps: {
  db: Db;
  clock: () => Date;
  ids: IdGenerator;
  /** Records nothing (the outbox benchmark's baseline). */
  off?: boolean;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (deps.off === true) {
      c.set("recordEvent", async () => "");
      return next();
    }
    c.set("recordEvent", (event) =>
      recordEvent(
        deps.db,
        {
          tenantId: c.get("principal").tenantId,
          now: deps.clock(),
          ids: deps.ids,
          requestId: c.get("requestId"),
          businessDate: c.get("tenant").businessDate,
        },
        event,
      ),
    );
    await next();
  };
}
