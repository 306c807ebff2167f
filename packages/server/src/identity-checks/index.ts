import { createRoute, type z } from "@hono/zod-openapi";
import { sandboxIdentityVerifier } from "../adapters/identity/index.js";
import { requireScope } from "../auth/middleware.js";
import type { IdentityCheckRow } from "../db/schema/index.js";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { problemResponses } from "../http/responses.js";
import { type IdentityCheckBody, identityCheckSchema, partyIdentityPathSchema } from "./schemas.js";
import { verifyPartyIdentity } from "./service.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/parties/{partyId}/identity-checks`. @example router.openapi(verifyPartyIdentityRoute, handler); */
export const verifyPartyIdentityRoute = createRoute({
  method: "post",
  path: "/v1/parties/{partyId}/identity-checks",
  operationId: "verifyPartyIdentity",
  summary: "Verify a party's identity (CIP)",
  description:
    "Sends the individual's name, date of birth, address and tax id to the identity provider and stores its outcome: `pass`, `fail` or `review`, with reason codes. The sandbox decides by the tax id's last four digits: 0001 passes, 0002 fails on the date of birth (`date_of_birth_mismatch`), 0003 needs review (`address_unverified`), anything else needs review (`identity_not_found`). A business: 422 `identity_check_individual_only`.",
  tags: ["Identity checks"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("identity-checks:write"),
  request: { headers: optionalIdempotencyKey, params: partyIdentityPathSchema },
  responses: { 201: json(identityCheckSchema, "The identity check"), ...problemResponses(404, 422) },
});

/** @example c.json(toIdentityCheckBody(row), 201) */
export function toIdentityCheckBody(row: IdentityCheckRow): IdentityCheckBody {
  return {
    object: "identity_check",
    id: row.id,
    partyId: row.partyId,
    provider: row.provider,
    outcome: row.outcome as IdentityCheckBody["outcome"],
    reasonCodes: row.reasonCodes,
    providerReference: row.providerReference,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Identity checks: a party's identity verified through the identity adapter (the sandbox unless another
 * provider is configured).
 *
 * @example
 * export const resources = [identityChecksResource, …];
 */
export const identityChecksResource: ApiResource = {
  tag: { name: "Identity checks", description: "Identity verification (CIP) of individual parties" },
  scopes: ["identity-checks:write"],
  routes: (deps) => {
    const router = createRouter();
    const checks = { db: deps.db, keyring: deps.pii, verifier: deps.identityVerifier ?? sandboxIdentityVerifier };
    router.openapi(verifyPartyIdentityRoute, async (c) => {
      const { partyId } = c.req.valid("param");
      const checked = await verifyPartyIdentity(checks, changeContext(c, deps), partyId);
      if (!checked.ok) return domainProblem(c, checked.error, "path");
      return c.json(toIdentityCheckBody(checked.value), 201);
    });
    return router;
  },
};
