import { createRoute, type z } from "@hono/zod-openapi";
import { ok } from "@lendstack/core/errors";
import { requireScope } from "../auth/middleware.js";
import type { Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { loanNotFound } from "../loans/load.js";
import { loanPreviewSchema } from "../loans/response-schemas.js";
import { loansStore } from "../loans/store.js";
import { toChangeBody, toInstallmentBody } from "../loans/view.js";
import { createHardshipPlan, listHardshipPlans, previewHardshipPlan } from "./hardship.js";
import {
  hardshipPlanCreatedSchema,
  hardshipPlanFilters,
  hardshipPlanInputSchema,
  hardshipPlanSchema,
  hardshipPlansPathSchema,
} from "./hardship-schemas.js";
import { toHardshipPlanBody } from "./view.js";

const read = requireScope("collections:read");
const write = requireScope("collections:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const request = {
  params: hardshipPlansPathSchema,
  body: { required: true, content: { "application/json": { schema: hardshipPlanInputSchema } } },
};
const TERMS =
  "`payment_plan` is the loan's reschedule (new first due date, number of payments, optional rate, fixed installment, capitalized arrears); `deferral` its payment holiday (the next `installments` skipped and added at the end, their interest capitalized or deferred). Terms the loan cannot take are 422 with each field (`validation_failed`), or core's code for the field (e.g. `invalid_date`); 409 `loan_closed` unless the loan is active.";

/** `POST /v1/loans/{loanId}/hardship-plans`. @example router.openapi(createHardshipPlanRoute, handler); */
export const createHardshipPlanRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/hardship-plans",
  operationId: "createLoanHardshipPlan",
  summary: "Grant a hardship plan",
  description: `A payment plan or deferral offered from the collections queue, with why and who approved it. ${TERMS} In one transaction: the loan event is appended under the loan's row lock (as \`POST …/reschedules\` or \`…/payment-holidays\` would, recording \`loan.rescheduled\` or \`loan.payment_holiday_granted\`), the loan's collections account goes on hold (\`hold: hardship\`, until it moves queue or leaves) and its collector's task is completed with the outcome \`hardship_plan\`. Records \`loan.hardship_plan_created\`.`,
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: write,
  request: { headers: optionalIdempotencyKey, ...request },
  responses: {
    201: json(hardshipPlanCreatedSchema, "The plan, with the loan's schedule after it"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `POST /v1/loans/{loanId}/hardship-plans/preview`. @example router.openapi(previewHardshipPlanRoute, handler); */
export const previewHardshipPlanRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/hardship-plans/preview",
  operationId: "previewLoanHardshipPlan",
  summary: "Preview a hardship plan",
  description: `The loan and its schedule as the plan would leave them. Nothing is stored. ${TERMS}`,
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { headers: optionalIdempotencyKey, ...request },
  responses: {
    200: json(loanPreviewSchema, "The loan as it would be; nothing stored"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/loans/{loanId}/hardship-plans`. @example listRoute(router, listHardshipPlansDefinition, idOrder("hsp"), fetchPage); */
export const listHardshipPlansDefinition = {
  path: "/v1/loans/{loanId}/hardship-plans",
  operationId: "listLoanHardshipPlans",
  summary: "List hardship plans",
  description: "The loan's hardship plans, payment plans and deferrals.",
  tag: "Collections",
  middleware: read,
  params: hardshipPlansPathSchema,
  filters: hardshipPlanFilters,
  item: hardshipPlanSchema,
  pageName: "HardshipPlanPage",
};

/**
 * Hardship plans on a loan: grant (with its loan event), preview, list.
 *
 * @example registerHardshipRoutes(router, deps);
 */
export function registerHardshipRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(createHardshipPlanRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const created = await createHardshipPlan(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!created.ok) {
      return domainProblem(c, created.error, created.error.code === "loan_not_found" ? "path" : "body");
    }
    const schedule = created.value.change.state.installments.map(toInstallmentBody);
    return c.json({ ...toHardshipPlanBody(created.value.plan), schedule }, 201);
  });
  router.openapi(previewHardshipPlanRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const preview = await previewHardshipPlan(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!preview.ok) {
      return domainProblem(c, preview.error, preview.error.code === "loan_not_found" ? "path" : "body");
    }
    const schedule = preview.value.state.installments.map(toInstallmentBody);
    return c.json({ ...toChangeBody(preview.value), schedule }, 200);
  });
  listRoute(router, listHardshipPlansDefinition, idOrder("hsp"), async (page) => {
    const { loanId } = page.params;
    if ((await loansStore(deps.db, page.tenantId).find(loanId)) === undefined) return loanNotFound(loanId);
    const rows = await listHardshipPlans(deps.db, page.tenantId, loanId, {
      type: page.filters.type,
      after: page.after,
      take: page.take,
    });
    return ok(rows.map(toHardshipPlanBody));
  });
}
