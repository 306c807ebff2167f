import { ok } from "@lendstack/core/errors";
import type { FieldIssue } from "@lendstack/core/parties";
import type { Context } from "hono";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem, toJsonPointer } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { validationProblem } from "../http/validation.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { PII_READ_SCOPE, revealPii } from "./reveal.js";
import { createPartyRoute, getPartyRoute, listPartiesDefinition, updatePartyRoute } from "./routes.js";
import { taxIdFilterHashes } from "./sealed-fields.js";
import { createParty, type PartiesDeps } from "./service.js";
import { findParty, listParties } from "./store.js";
import { updateParty } from "./update.js";
import { toPartyBody } from "./view.js";

/** A service failure as a problem: `validation_failed` lists its issues as field errors. */
function failure(
  c: Context<AppEnv>,
  error: { code: string; message: string; details?: Readonly<Record<string, unknown>> },
) {
  if (error.code !== "validation_failed") return domainProblem(c, error);
  const issues = (error.details?.issues ?? []) as ReadonlyArray<FieldIssue>;
  return validationProblem(
    c,
    issues.map((found) => ({
      location: "body",
      pointer: toJsonPointer(found.path),
      code: found.code,
      detail: found.message,
    })),
  );
}

function registerWrites(router: Router, deps: ResourceDeps, parties: PartiesDeps) {
  router.openapi(createPartyRoute, async (c) => {
    const created = await createParty(parties, changeContext(c, deps), c.req.valid("json"));
    if (!created.ok) return failure(c, created.error);
    const { row, possibleDuplicates } = created.value;
    return c.json({ ...toPartyBody(row, undefined), possibleDuplicates }, 201);
  });
  router.openapi(updatePartyRoute, async (c) => {
    const { partyId } = c.req.valid("param");
    const updated = await updateParty(parties, changeContext(c, deps), partyId, c.req.valid("json"));
    if (!updated.ok) return failure(c, updated.error);
    return c.json(toPartyBody(updated.value, undefined), 200);
  });
}

function registerReads(router: Router, deps: ResourceDeps, parties: PartiesDeps) {
  router.openapi(getPartyRoute, async (c) => {
    const { partyId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const row = await findParty(parties.db, context.tenantId, partyId);
    if (row === undefined) return domainProblem(c, { code: "not_found", message: `No party ${partyId}.` });
    const revealed = await revealPii(parties, context, c.get("principal").scopes, [row], "getParty");
    return c.json(toPartyBody(row, revealed.get(row.id)), 200);
  });
  listRoute(router, listPartiesDefinition, idOrder("pty"), async ({ tenantId, filters, after, take }, c) => {
    const context = changeContext(c, deps);
    const keys =
      filters.taxId === undefined ? undefined : await tenantKeysFor(parties.db, parties.keyring, tenantId, context.now);
    const rows = await listParties(parties.db, tenantId, {
      type: filters.type,
      taxIdHashes:
        keys === undefined || filters.taxId === undefined ? undefined : taxIdFilterHashes(keys, filters.taxId),
      createdAt: instantRangeOf(filters, "createdAt"),
      after,
      take,
    });
    const revealed = await revealPii(
      parties,
      context,
      c.get("principal").scopes,
      rows.slice(0, take - 1),
      "listParties",
    );
    return ok(rows.map((row) => toPartyBody(row, revealed.get(row.id))));
  });
}

function partyRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const parties: PartiesDeps = { db: deps.db, keyring: deps.pii };
  registerWrites(router, deps, parties);
  registerReads(router, deps, parties);
  return router;
}

/**
 * Parties: the people and businesses that apply, borrow, co-sign, guarantee and own. PII (tax ids, dates
 * of birth) is encrypted at rest, masked unless the token has `pii:read`, and found by keyed hash.
 *
 * @example
 * export const resources = [partiesResource, …];
 */
export const partiesResource: ApiResource = {
  tag: {
    name: "Parties",
    description: "Individuals and businesses: borrowers, co-borrowers, guarantors, beneficial owners",
  },
  scopes: ["parties:read", "parties:write", PII_READ_SCOPE],
  routes: partyRoutes,
};
