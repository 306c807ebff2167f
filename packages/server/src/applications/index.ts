import { ok, type Result } from "@lendstack/core/errors";
import type { Context } from "hono";
import { reportWindow } from "../credit-reports/latest.js";
import type { ApplicationRow } from "../db/schema/index.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { problemOf, problemResponse } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { adverseActionNotice, recordNoticeDelivery, toNoticeBody } from "./adverse-action.js";
import { getAdverseActionNoticeRoute, recordNoticeDeliveryRoute } from "./adverse-action-routes.js";
import { approveApplication, decideApplication, declineApplication } from "./decision.js";
import { fundApplication, startClosing, updateDisbursementStatus } from "./funding.js";
import { applicationNotFound } from "./lifecycle.js";
import { acceptApplicationOffer, counterApplicationOffer, currentOffers } from "./offer-actions.js";
import * as routes from "./routes.js";
import { createApplication, submitApplication, updateApplication, withdrawApplication } from "./service.js";
import { applicationsStore, disbursementsStore } from "./store.js";
import { toApplicationBody, toDisbursementBody } from "./view.js";

interface Failure {
  readonly code: string;
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A failed command as a problem: state refusals carry the state and what it allows. */
function failure(c: Context<AppEnv>, error: Failure): never {
  const problem = problemOf(error);
  const { currentState, allowedCommands, currentStatus, conditionIds } = error.details ?? {};
  const extensions = {
    ...problem.extensions,
    ...(currentState === undefined ? {} : { currentState }),
    ...(allowedCommands === undefined ? {} : { allowedCommands }),
    ...(currentStatus === undefined ? {} : { currentStatus }),
    ...(conditionIds === undefined ? {} : { conditionIds }),
  };
  return problemResponse(c, { ...problem, extensions });
}

/** The application after a command, or its refusal. */
function answer(c: Context<AppEnv>, result: Result<ApplicationRow>) {
  if (!result.ok) return failure(c, result.error);
  return c.json(toApplicationBody(result.value), 200);
}

function registerDrafts(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(routes.createApplicationRoute, async (c) => {
    const created = await createApplication(db, changeContext(c, deps), c.req.valid("json"));
    if (!created.ok) return failure(c, created.error);
    return c.json(toApplicationBody(created.value), 201);
  });
  router.openapi(routes.updateApplicationRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    return answer(c, await updateApplication(db, changeContext(c, deps), applicationId, c.req.valid("json")));
  });
  router.openapi(routes.submitApplicationRoute, async (c) =>
    answer(c, await submitApplication(db, changeContext(c, deps), c.req.valid("param").applicationId)),
  );
  router.openapi(routes.withdrawApplicationRoute, async (c) =>
    answer(c, await withdrawApplication(db, changeContext(c, deps), c.req.valid("param").applicationId)),
  );
}

function registerDecisions(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(routes.decideApplicationRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const request = c.req.valid("json");
    return answer(c, await decideApplication(db, changeContext(c, deps), applicationId, request, reportWindow(deps)));
  });
  router.openapi(routes.approveApplicationRoute, async (c) =>
    answer(c, await approveApplication(db, changeContext(c, deps), c.req.valid("param").applicationId)),
  );
  router.openapi(routes.declineApplicationRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const { reasonCodes } = c.req.valid("json");
    return answer(c, await declineApplication(db, changeContext(c, deps), applicationId, reasonCodes));
  });
}

function registerNotices(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(getAdverseActionNoticeRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const notice = await adverseActionNotice(db, changeContext(c, deps), applicationId, reportWindow(deps));
    if (!notice.ok) return failure(c, notice.error);
    return c.json(toNoticeBody(notice.value), 200);
  });
  router.openapi(recordNoticeDeliveryRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const { method, sentAt } = c.req.valid("json");
    const delivery = { method, ...(sentAt === undefined ? {} : { sentAt: new Date(sentAt) }) };
    const sent = await recordNoticeDelivery(db, changeContext(c, deps), applicationId, delivery, reportWindow(deps));
    if (!sent.ok) return failure(c, sent.error);
    return c.json(toNoticeBody(sent.value), 200);
  });
}

function registerOffers(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(routes.listOffersRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const row = await applicationsStore(db, c.get("principal").tenantId).find(applicationId);
    if (row === undefined) return failure(c, applicationNotFound(applicationId).error);
    return c.json({ data: currentOffers(row, deps.clock()) }, 200);
  });
  router.openapi(routes.acceptOfferRoute, async (c) => {
    const { applicationId, offerId } = c.req.valid("param");
    return answer(c, await acceptApplicationOffer(db, changeContext(c, deps), applicationId, offerId));
  });
  router.openapi(routes.counterOfferRoute, async (c) => {
    const { applicationId, offerId } = c.req.valid("param");
    const context = changeContext(c, deps);
    return answer(c, await counterApplicationOffer(db, context, applicationId, offerId, c.req.valid("json")));
  });
}

function registerFunding(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(routes.startClosingRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const { fundingDate } = c.req.valid("json");
    return answer(c, await startClosing(db, changeContext(c, deps), applicationId, fundingDate));
  });
  router.openapi(routes.fundApplicationRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const funded = await fundApplication(db, changeContext(c, deps), applicationId, c.req.valid("json"));
    if (!funded.ok) return failure(c, funded.error);
    const { created, application, loanId, disbursement } = funded.value;
    const body = {
      application: toApplicationBody(application),
      loanId,
      disbursement: toDisbursementBody(disbursement),
    };
    return created ? c.json(body, 201) : c.json(body, 200);
  });
  router.openapi(routes.getDisbursementRoute, async (c) => {
    const { disbursementId } = c.req.valid("param");
    const row = await disbursementsStore(db, c.get("principal").tenantId).find(disbursementId);
    if (row === undefined) {
      return failure(c, {
        code: "disbursement_not_found",
        message: `No disbursement ${disbursementId} in this tenant.`,
      });
    }
    return c.json(toDisbursementBody(row), 200);
  });
  router.openapi(routes.updateDisbursementRoute, async (c) => {
    const { disbursementId } = c.req.valid("param");
    const updated = await updateDisbursementStatus(db, changeContext(c, deps), disbursementId, c.req.valid("json"));
    if (!updated.ok) return failure(c, updated.error);
    return c.json(toDisbursementBody(updated.value), 200);
  });
}

function registerReads(router: Router, deps: ResourceDeps) {
  const { db } = deps;
  router.openapi(routes.getApplicationRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const row = await applicationsStore(db, c.get("principal").tenantId).find(applicationId);
    if (row === undefined) return failure(c, applicationNotFound(applicationId).error);
    return c.json(toApplicationBody(row), 200);
  });
  listRoute(router, routes.listApplicationsDefinition, idOrder("app"), async ({ tenantId, filters, after, take }) => {
    const rows = await applicationsStore(db, tenantId).list({
      state: filters.state,
      productId: filters.productId,
      assignee: filters.assignee,
      adverseActionNotice: filters.adverseActionNotice,
      createdAt: instantRangeOf(filters, "createdAt"),
      after,
      take,
    });
    return ok(rows.map(toApplicationBody));
  });
}

function applicationRoutes(deps: ResourceDeps) {
  const router = createRouter();
  registerDrafts(router, deps);
  registerDecisions(router, deps);
  registerNotices(router, deps);
  registerOffers(router, deps);
  registerFunding(router, deps);
  registerReads(router, deps);
  return router;
}

/**
 * Applications: origination from draft to funded loan — submit, decide by rule set, four-eyes approval of
 * referrals, priced offers, acceptance, closing and funding into a servicing loan in one transaction.
 *
 * @example
 * export const resources = [partiesResource, applicationsResource, …];
 */
export const applicationsResource: ApiResource = {
  tag: {
    name: "Applications",
    description: "Loan applications: draft → submitted → decided → offered → accepted → closing → funded",
  },
  scopes: ["applications:read", "applications:write", "applications:approve"],
  routes: applicationRoutes,
};
