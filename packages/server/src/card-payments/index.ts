import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { keepChangesOnFailure } from "../http/keep-on-failure.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import {
  createCardPaymentRoute,
  getCardPaymentRoute,
  listCardPaymentsDefinition,
  refundCardPaymentRoute,
} from "./routes.js";
import { cardPaymentsDeps, chargeCardPayment, refundCardPayment } from "./service.js";
import { findCardPayment, listCardPayments } from "./store.js";
import { toCardPaymentBody } from "./view.js";

/**
 * Card payments: one-off payments on a loan charged through the payment processor by a card's token and
 * posted like any payment, with the processor's charge id as their reference; refunds.
 *
 * @example
 * export const resources = [cardPaymentsResource, …];
 */
export const cardPaymentsResource: ApiResource = {
  tag: { name: "Card payments", description: "One-off loan payments charged to a borrower's card token" },
  scopes: ["loans:read", "payments:write"],
  routes: (deps) => {
    const router = createRouter();
    const cards = cardPaymentsDeps(deps);
    router.openapi(createCardPaymentRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const key = c.req.header("idempotency-key") ?? "";
      const paid = await chargeCardPayment(cards, changeContext(c, deps), loanId, c.req.valid("json"), key);
      if (paid.ok) return c.json(toCardPaymentBody(paid.value), 201);
      if (paid.error.code !== "card_declined") return domainProblem(c, paid.error);
      // Nothing is posted; the declined card payment and its audit record are kept.
      keepChangesOnFailure(c);
      return problemResponse(c, {
        code: "card_declined",
        detail: paid.error.message,
        extensions: {
          declineCode: paid.error.details?.declineCode,
          chargeId: paid.error.details?.chargeId,
          cardPaymentId: paid.error.details?.cardPaymentId,
        },
      });
    });
    router.openapi(getCardPaymentRoute, async (c) => {
      const { loanId, cardPaymentId } = c.req.valid("param");
      const row = await findCardPayment(deps.db, c.get("principal").tenantId, loanId, cardPaymentId);
      if (row === undefined) {
        return domainProblem(c, { code: "card_payment_not_found", message: `No card payment ${cardPaymentId}.` });
      }
      return c.json(toCardPaymentBody(row), 200);
    });
    router.openapi(refundCardPaymentRoute, async (c) => {
      const { loanId, cardPaymentId } = c.req.valid("param");
      const key = c.req.header("idempotency-key") ?? "";
      const input = c.req.valid("json") ?? {};
      const ids = { loanId, cardPaymentId };
      const refunded = await refundCardPayment(cards, changeContext(c, deps), ids, input, key);
      if (!refunded.ok) return domainProblem(c, refunded.error);
      return c.json(toCardPaymentBody(refunded.value), 200);
    });
    listRoute(router, listCardPaymentsDefinition, idOrder("cpy"), async (request) => {
      const { loanId } = request.params;
      if ((await loansStore(deps.db, request.tenantId).find(loanId)) === undefined) return loanNotFound(loanId);
      const rows = await listCardPayments(deps.db, request.tenantId, loanId, {
        status: request.filters.status,
        after: request.after,
        take: request.take,
      });
      return ok(rows.map(toCardPaymentBody));
    });
    return router;
  },
};
