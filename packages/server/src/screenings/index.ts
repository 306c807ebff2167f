import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { reviewScreeningHit } from "./review.js";
import {
  clearScreeningHitRoute,
  confirmScreeningHitRoute,
  getScreeningHitRoute,
  listScreeningHitsDefinition,
  screenPartyRoute,
} from "./routes.js";
import { DEFAULT_SANCTIONS_MATCH_THRESHOLD, screenParty } from "./service.js";
import { screeningsStore } from "./store.js";
import { toScreeningBody, toScreeningHitBody } from "./view.js";

/**
 * Sanctions screening: screening a party against the OFAC SDN list in force, and reviewing the hits.
 *
 * @example
 * export const resources = [screeningsResource, …];
 */
export const screeningsResource: ApiResource = {
  tag: {
    name: "Sanctions screening",
    description: "Parties screened against the OFAC SDN list; hits held for review",
  },
  scopes: ["screenings:read", "screenings:write", "screenings:review"],
  routes: (deps) => {
    const router = createRouter();
    const threshold = deps.sanctionsMatchThreshold ?? DEFAULT_SANCTIONS_MATCH_THRESHOLD;
    router.openapi(screenPartyRoute, async (c) => {
      const { partyId } = c.req.valid("param");
      const screened = await screenParty(deps.db, changeContext(c, deps), partyId, { threshold, trigger: "api" });
      if (!screened.ok) return domainProblem(c, screened.error, "path");
      return c.json(toScreeningBody(screened.value.screening, screened.value.hits), 201);
    });
    for (const [route, decision] of [
      [clearScreeningHitRoute, "cleared"],
      [confirmScreeningHitRoute, "confirmed"],
    ] as const) {
      router.openapi(route, async (c) => {
        const { screeningHitId } = c.req.valid("param");
        const { note } = c.req.valid("json");
        const reviewed = await reviewScreeningHit(deps.db, changeContext(c, deps), screeningHitId, decision, note);
        if (!reviewed.ok) return domainProblem(c, reviewed.error, "path");
        return c.json(toScreeningHitBody(reviewed.value), 200);
      });
    }
    router.openapi(getScreeningHitRoute, async (c) => {
      const { screeningHitId } = c.req.valid("param");
      const row = await screeningsStore(deps.db, c.get("principal").tenantId).findHit(screeningHitId);
      if (row === undefined) {
        return domainProblem(c, { code: "screening_hit_not_found", message: `No screening hit ${screeningHitId}.` });
      }
      return c.json(toScreeningHitBody(row), 200);
    });
    listRoute(router, listScreeningHitsDefinition, idOrder("sch"), async ({ tenantId, filters, after, take }) => {
      const rows = await screeningsStore(deps.db, tenantId).listHits({
        status: filters.status,
        partyId: filters.partyId,
        after,
        take,
      });
      return ok(rows.map(toScreeningHitBody));
    });
    return router;
  },
};
