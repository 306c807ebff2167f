import { OpenAPIHono } from "@hono/zod-openapi";
import type { Principal } from "../auth/jwt.js";
import type { RecordEvent } from "../events/emits.js";
import type { Logger } from "../logger.js";
import type { TenantContext } from "../tenants/store.js";
import type { IdempotencyClaim } from "./idempotency-claim.js";
import { withHttpConventions } from "./route-conventions.js";
import { fieldErrorsFromZod, locationOf, validationProblem } from "./validation.js";

export { fieldErrorsFromZod, locationOf, validationProblem } from "./validation.js";

/** Per-request values every handler can read with `c.get(…)`. @example const requestId = c.get("requestId"); */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Set by the auth middleware on `/v1/*`; absent on `/health`, `/ready` and the docs. */
    principal: Principal;
    /** Records a domain event in the request's transaction (set on `/v1/*`; see `events/record.ts`). */
    recordEvent: RecordEvent;
    /** The tenant's settings and business date (set on `/v1/*`; see `tenants/context.ts`). */
    tenant: TenantContext;
    /**
     * The response body as it may be kept (its secrets removed), when the response shows one once: the
     * idempotency record stores this and the operation's event carries it instead of the body sent.
     */
    redactedBody?: string;
    /**
     * Set by `keepChangesOnFailure`: the request's changes commit although it answers 400 or more (a failed
     * attempt that must count, such as a wrong micro-deposit guess). Unset: any 4xx or 5xx rolls back.
     */
    keepChangesOnFailure?: boolean;
    /**
     * Set by `idempotency` on a request it leaves to group commit (`LENDSTACK_GROUP_COMMIT=on`): no request-wide
     * transaction; the handler stores its change, the key's outcome and its event together (`loans/group-commit.ts`).
     */
    groupCommit?: IdempotencyClaim;
    /**
     * Set by `tenantScope` instead of reading the tenant's settings itself, on a group-committed request: the
     * handler reads them with its loan, in the same statement (`tenantSettingsJson`), and hands them to `use`;
     * `readAlone` runs the scope's own read instead (no loan row to read them with). Either sets `tenant`.
     */
    deferredTenantReading?: {
      readonly use: (settings: unknown) => void;
      readonly readAlone: () => Promise<void>;
    };
  };
}

/**
 * Creates a router whose schema failures all become one 422 problem listing each bad
 * field (the zod-openapi `defaultHook`), and whose routes follow `withHttpConventions`. Every resource
 * builds its routes on one of these.
 *
 * @example
 * const router = createRouter();
 * router.openapi(getProductRoute, handler);
 */
export function createRouter(): Router {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return validationProblem(c, fieldErrorsFromZod(result.error, locationOf(result.target)));
    },
  });
  const register = router.openapi;
  // Every route gets the API's HTTP conventions (unknown query parameters refused, ETag on reads).
  router.openapi = ((route, handler, hook) =>
    register(withHttpConventions(route), handler, hook)) as typeof router.openapi;
  return router;
}

/** A resource's router, made by `createRouter()`. @example function loanRoutes(deps): Router { … } */
export type Router = OpenAPIHono<AppEnv>;
