import { createRoute, type z } from "@hono/zod-openapi";
import { ok } from "@lendstack/core/errors";
import { requireScope } from "../auth/middleware.js";
import type { Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { optionalIdempotencyKey, requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { toJsonInteger } from "../http/safe-integer.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import {
  settlementFilters,
  settlementInputSchema,
  settlementPathSchema,
  settlementPreviewSchema,
  settlementSchema,
  settlementsPathSchema,
} from "./settlement-schemas.js";
import { checkSettlement, createSettlement, findSettlement, listSettlements } from "./settlements.js";
import { toSettlementBody } from "./view.js";

const read = requireScope("collections:read");
const write = requireScope("collections:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = { required: true, content: { "application/json": { schema: settlementInputSchema } } };
const TERMS =
  "The amount must be above 0 and below the loan's balance today (the payoff amount without a prepayment fee, less a credit balance; for a charged-off loan what was charged off and not recovered): 422 `settlement_not_below_balance` at `/amount`. The plan is a lump sum by a date or installments whose amounts sum exactly to the amount (422 `settlement_plan_mismatch` at `/plan/installments`), each dated today or later (`settlement_date_in_past`) and after the one before; `expiresOn` is not before the last payment. 409 `loan_closed` unless the loan is active (current or delinquent) or charged off.";

/** `POST /v1/loans/{loanId}/settlements`. @example router.openapi(createSettlementRoute, handler); */
export const createSettlementRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/settlements",
  operationId: "createLoanSettlement",
  summary: "Agree a settlement",
  description: `An agreement to accept less than the full balance, paid by a plan. ${TERMS} 409 \`settlement_active\` when the loan already has an active one. Payments (and a charged-off loan's recoveries) received from today count toward it; the daily close completes it when they reach the amount with every plan payment on time (due date plus \`graceDays\`, default 10): it appends the loan's \`settlement-forgiveness\` event, which forgives what is still owed (a journal entry to the credit-loss expense), the loan becomes \`settled\` and is reported to the bureaus as paid for less than the full balance (Metro 2 special comment AU). Agreeing it appends the loan's \`settlement\` start event (dated today): while it runs no payment is charged the product's prepayment fee, and the payoff quote leaves the fee out; a broken settlement's end event (dated the day the close breaks it) makes the fee apply again. While it is active the loan's collections account is held (\`hold: settlement\`; its collector's task completed with the outcome \`settlement\`). A plan payment missed past its grace, or no full payment by \`expiresOn\`, breaks it: the loan goes on under its own terms and its account is followed up first. Records \`settlement.created\`.`,
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: [write, requireIdempotencyKey] as const,
  request: { headers: requiredIdempotencyKey, params: settlementsPathSchema, body },
  responses: {
    201: json(settlementSchema, "The settlement, active"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `POST /v1/loans/{loanId}/settlements/preview`. @example router.openapi(previewSettlementRoute, handler); */
export const previewSettlementRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/settlements/preview",
  operationId: "previewLoanSettlement",
  summary: "Preview a settlement",
  description: `What a settlement would forgive, checked as the create would check it. Nothing is stored. ${TERMS}`,
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { headers: optionalIdempotencyKey, params: settlementsPathSchema, body },
  responses: {
    200: json(settlementPreviewSchema, "The balance, the amount and what would be forgiven; nothing stored"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/loans/{loanId}/settlements/{settlementId}`. @example router.openapi(getSettlementRoute, handler); */
export const getSettlementRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/settlements/{settlementId}",
  operationId: "getLoanSettlement",
  summary: "Get a settlement",
  description: "One settlement of the loan, with its progress as the daily close last decided it.",
  tags: ["Collections"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { params: settlementPathSchema },
  responses: { 200: json(settlementSchema, "The settlement"), ...problemResponses(404) },
});

/** `GET /v1/loans/{loanId}/settlements`. @example listRoute(router, listSettlementsDefinition, idOrder("stl"), fetchPage); */
export const listSettlementsDefinition = {
  path: "/v1/loans/{loanId}/settlements",
  operationId: "listLoanSettlements",
  summary: "List settlements",
  description: "The loan's settlements, active, completed and broken, oldest first.",
  tag: "Collections",
  middleware: read,
  params: settlementsPathSchema,
  filters: settlementFilters,
  item: settlementSchema,
  pageName: "SettlementPage",
};

/**
 * Settlements on a loan: agree, preview, get, list.
 *
 * @example registerSettlementRoutes(router, deps);
 */
export function registerSettlementRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(createSettlementRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const created = await createSettlement(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!created.ok) {
      return domainProblem(c, created.error, created.error.code === "loan_not_found" ? "path" : "body");
    }
    return c.json(toSettlementBody(created.value), 201);
  });
  router.openapi(previewSettlementRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const checked = await checkSettlement(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!checked.ok) {
      return domainProblem(c, checked.error, checked.error.code === "loan_not_found" ? "path" : "body");
    }
    const { quote, state } = checked.value;
    const money = (value: bigint) => toJsonInteger(value, "settlement");
    return c.json(
      {
        object: "settlement_preview" as const,
        loanId,
        asOf: checked.value.today,
        currency: state.currency,
        loanStatus: state.status as "active" | "charged-off",
        balance: money(quote.balanceMinor),
        amount: money(quote.amountMinor),
        forgiven: money(quote.forgivenMinor),
        schedule: quote.schedule.map((row) => ({
          number: row.number,
          dueDate: row.dueDate,
          amount: money(row.amountMinor),
        })),
        graceDays: checked.value.graceDays,
        expiresOn: checked.value.expiresOn,
      },
      200,
    );
  });
  router.openapi(getSettlementRoute, async (c) => {
    const { loanId, settlementId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    if ((await loansStore(deps.db, tenantId).find(loanId)) === undefined) {
      return domainProblem(c, loanNotFound(loanId).error, "path");
    }
    const row = await findSettlement(deps.db, tenantId, loanId, settlementId);
    if (row === undefined) {
      const missing = { code: "settlement_not_found", message: `No settlement ${settlementId} on loan ${loanId}.` };
      return domainProblem(c, missing, "path");
    }
    return c.json(toSettlementBody(row), 200);
  });
  listRoute(router, listSettlementsDefinition, idOrder("stl"), async (page) => {
    const { loanId } = page.params;
    if ((await loansStore(deps.db, page.tenantId).find(loanId)) === undefined) return loanNotFound(loanId);
    const rows = await listSettlements(deps.db, page.tenantId, loanId, {
      status: page.filters.status,
      after: page.after,
      take: page.take,
    });
    return ok(rows.map(toSettlementBody));
  });
}
