import type { Context } from "hono";
import type { ChangeContext } from "../db/audit.js";
import type { AppEnv } from "./app-env.js";
import type { ResourceDeps } from "./resource.js";

/**
 * The tenant, actor, request id, time and id source for a change made by this request.
 *
 * @example
 * const product = await createProduct(deps.db, changeContext(c, deps), definition);
 */
export function changeContext(c: Context<AppEnv>, deps: ResourceDeps): ChangeContext {
  const principal = c.get("principal");
  return {
    tenantId: principal.tenantId,
    actor: principal.subject,
    requestId: c.get("requestId"),
    now: deps.clock(),
    ids: deps.ids,
    businessDate: c.get("tenant")?.businessDate,
    ...(deps.faults === undefined ? {} : { faults: deps.faults }),
  };
}
