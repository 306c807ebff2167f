import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem, problemResponse, toJsonPointer } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { getDecisionRoute, listDecisionsDefinition, makeDecisionRoute } from "./routes.js";
import { getDecision, listDecisions, makeDecision } from "./service.js";

const factCodes = new Set(["invalid_fact", "missing_fact", "undeclared_fact"]);

/** The names a fact error is about: every undeclared name, else the one on its path. */
function factPaths(error: {
  readonly path?: ReadonlyArray<string | number>;
  readonly details?: Readonly<Record<string, unknown>>;
}) {
  const names = error.details?.names;
  if (Array.isArray(names)) return names.map((name) => ["facts", String(name)]);
  return [error.path ?? ["facts"]];
}

function decisionRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  router.openapi(makeDecisionRoute, async (c) => {
    const { ruleSetId, version, facts } = c.req.valid("json");
    const result = await makeDecision(db, changeContext(c, deps), { ruleSetId, version, facts });
    if (result.ok) return c.json(result.value, 201);
    const { code, message } = result.error;
    if (!factCodes.has(code)) return domainProblem(c, result.error);
    return problemResponse(c, {
      code,
      detail: message,
      extensions: {
        errors: factPaths(result.error).map((path) => ({
          location: "body" as const,
          pointer: toJsonPointer(path),
          code,
          detail: code === "undeclared_fact" ? `\`${String(path[1])}\` is not an input of this rule set` : message,
        })),
      },
    });
  });
  listRoute(router, listDecisionsDefinition, idOrder("dec"), async ({ tenantId, filters, after, take }) => {
    const { ruleSetId, decision } = filters;
    const createdAt = instantRangeOf(filters, "createdAt");
    return ok(await listDecisions(db, tenantId, { ruleSetId, decision, createdAt, after, take }));
  });
  router.openapi(getDecisionRoute, async (c) => {
    const result = await getDecision(db, c.get("principal").tenantId, c.req.valid("param").decisionId);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
  return router;
}

/**
 * Decisions: a published rule-set version evaluated against an applicant's facts, stored for audit.
 *
 * @example
 * export const resources = [productsResource, ruleSetsResource, decisionsResource];
 */
export const decisionsResource: ApiResource = {
  tag: {
    name: "Decisions",
    description: "Credit decisions by published rule sets, with trace and adverse-action reasons",
  },
  scopes: ["decisions:read", "decisions:write"],
  routes: decisionRoutes,
};
