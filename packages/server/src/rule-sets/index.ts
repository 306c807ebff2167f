import { ok } from "@lendstack/core/errors";
import { hashRuleSet } from "@lendstack/core/rules";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { createRouter, fieldErrorsFromZod, locationOf, validationProblem } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute, versionOrder } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { checkRuleSet } from "./input.js";
import { ruleSetErrorBody, ruleSetProblem } from "./problems.js";
import { findDraft, getRuleSet, getRuleSetVersion, listRuleSets, listRuleSetVersions } from "./read.js";
import {
  createRuleSetRoute,
  getRuleSetRoute,
  getRuleSetVersionRoute,
  listRuleSetsDefinition,
  listRuleSetVersionsDefinition,
  publishRuleSetVersionRoute,
  simulateRuleSetVersionRoute,
  updateRuleSetDraftRoute,
  validateRuleSetRoute,
} from "./routes.js";
import { createRuleSet, publishRuleSetVersion, updateRuleSetDraft } from "./service.js";
import { simulateRuleSet } from "./simulate.js";

type Router = ReturnType<typeof createRouter>;

/**
 * Body hook for create/update: when the structural schema fails and the document itself does not
 * compile, report core's compile error (code, rule id, position) rather than zod's issue list.
 */
function documentHook(
  result: { success: boolean; target: string; error?: unknown },
  c: Context,
): Promise<never> | undefined {
  if (result.success) return undefined;
  return (async (): Promise<never> => {
    if (result.target === "json") {
      const body = (await c.req.json()) as unknown;
      const document =
        typeof body === "object" && body !== null ? (body as { document?: unknown }).document : undefined;
      if (document !== undefined) {
        const checked = checkRuleSet(document, null);
        if (!checked.ok) return ruleSetProblem(c, checked.error);
      }
    }
    return validationProblem(c, fieldErrorsFromZod(result.error as ZodError, locationOf(result.target)));
  })();
}

function registerDrafts(router: Router, deps: ResourceDeps): void {
  const { db } = deps;
  router.openapi(
    createRuleSetRoute,
    async (c) => {
      const body = c.req.valid("json");
      const checked = checkRuleSet(body.document, body.reasonStatements ?? null);
      if (!checked.ok) return ruleSetProblem(c, checked.error);
      const created = await createRuleSet(db, changeContext(c, deps), checked.value);
      return created.ok ? c.json(created.value, 201) : ruleSetProblem(c, created.error);
    },
    documentHook,
  );
  router.openapi(
    updateRuleSetDraftRoute,
    async (c) => {
      const body = c.req.valid("json");
      const checked = checkRuleSet(body.document, body.reasonStatements ?? null);
      if (!checked.ok) return ruleSetProblem(c, checked.error);
      const { ruleSetId } = c.req.valid("param");
      const result = await updateRuleSetDraft(
        db,
        changeContext(c, deps),
        ruleSetId,
        checked.value,
        body.expectedVersion,
      );
      return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
    },
    documentHook,
  );
  router.openapi(validateRuleSetRoute, async (c) => {
    const body = c.req.valid("json");
    const { ruleSetId } = c.req.valid("param");
    let target: { document: unknown; reasonStatements: typeof body.reasonStatements | null; version: number | null };
    if (body.document === undefined) {
      const draft = await findDraft(db, c.get("principal").tenantId, ruleSetId);
      if (!draft.ok) return domainProblem(c, draft.error);
      target = {
        document: draft.value.document,
        reasonStatements: draft.value.reasonStatements,
        version: draft.value.version,
      };
    } else {
      const found = await getRuleSet(db, c.get("principal").tenantId, ruleSetId);
      if (!found.ok) return domainProblem(c, found.error);
      target = { document: body.document, reasonStatements: body.reasonStatements ?? null, version: null };
    }
    const checked = checkRuleSet(target.document, target.reasonStatements ?? null);
    return c.json(
      {
        valid: checked.ok,
        version: target.version,
        hash: checked.ok ? hashRuleSet(checked.value.document) : null,
        error: checked.ok ? null : ruleSetErrorBody(checked.error),
      },
      200,
    );
  });
  router.openapi(publishRuleSetVersionRoute, async (c) => {
    const { ruleSetId, version } = c.req.valid("param");
    const result = await publishRuleSetVersion(db, changeContext(c, deps), ruleSetId, version);
    return result.ok ? c.json(result.value, 200) : ruleSetProblem(c, result.error);
  });
  router.openapi(simulateRuleSetVersionRoute, async (c) => {
    const { ruleSetId, version } = c.req.valid("param");
    const result = await simulateRuleSet(db, c.get("principal").tenantId, ruleSetId, version, c.req.valid("json"));
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
}

function registerReads(router: Router, deps: ResourceDeps): void {
  const { db } = deps;
  listRoute(router, listRuleSetsDefinition, idOrder("rls"), async ({ tenantId, filters, after, take }) =>
    ok(
      await listRuleSets(db, tenantId, {
        key: filters.key,
        createdAt: instantRangeOf(filters, "createdAt"),
        after,
        take,
      }),
    ),
  );
  router.openapi(getRuleSetRoute, async (c) => {
    const result = await getRuleSet(db, c.get("principal").tenantId, c.req.valid("param").ruleSetId);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
  listRoute(router, listRuleSetVersionsDefinition, versionOrder, ({ tenantId, params, filters, after, take }) =>
    listRuleSetVersions(db, tenantId, params.ruleSetId, {
      status: filters.status,
      afterVersion: Number(after ?? 0),
      take,
    }),
  );
  router.openapi(getRuleSetVersionRoute, async (c) => {
    const { ruleSetId, version } = c.req.valid("param");
    const result = await getRuleSetVersion(db, c.get("principal").tenantId, ruleSetId, version);
    return result.ok ? c.json(result.value, 200) : domainProblem(c, result.error);
  });
}

/**
 * Decision-engine rule sets: drafts that compile, immutable published versions with content hashes,
 * validation and simulation.
 *
 * @example
 * export const resources = [productsResource, ruleSetsResource];
 */
export const ruleSetsResource: ApiResource = {
  tag: { name: "Rule sets", description: "Credit-policy rule sets: drafts, immutable published versions, simulation" },
  scopes: ["rule-sets:read", "rule-sets:write"],
  routes: (deps) => {
    const router = createRouter();
    registerDrafts(router, deps);
    registerReads(router, deps);
    return router;
  },
};
