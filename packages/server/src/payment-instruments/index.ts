import { ok } from "@lendstack/core/errors";
import type { Context } from "hono";
import { writeAudit } from "../db/audit.js";
import type { PaymentInstrumentRow } from "../db/schema/index.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { keepChangesOnFailure } from "../http/keep-on-failure.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem, problemResponse } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { PII_READ_SCOPE } from "../parties/reveal.js";
import { findParty } from "../parties/store.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import {
  createPaymentInstrumentRoute,
  disablePaymentInstrumentRoute,
  getPaymentInstrumentRoute,
  listPaymentInstrumentsDefinition,
  verifyPaymentInstrumentRoute,
} from "./routes.js";
import { openAccountNumber } from "./sealed.js";
import { createPaymentInstrument, disableInstrument, type InstrumentsDeps, instrumentsDeps } from "./service.js";
import { findInstrument, listInstruments } from "./store.js";
import { verifyMicroDeposits } from "./verify.js";
import { toInstrumentBody } from "./view.js";

/** Account numbers in the clear for a `pii:read` token, one audit record per instrument revealed. */
async function reveal(
  c: Context<AppEnv>,
  deps: ResourceDeps,
  instruments: InstrumentsDeps,
  rows: ReadonlyArray<PaymentInstrumentRow>,
  operation: string,
): Promise<Map<string, string>> {
  const revealed = new Map<string, string>();
  const banks = rows.filter((row) => row.accountNumberCiphertext !== null);
  if (!c.get("principal").scopes.has(PII_READ_SCOPE) || banks.length === 0) return revealed;
  const context = changeContext(c, deps);
  const keys = await tenantKeysFor(instruments.db, instruments.keyring, context.tenantId, context.now);
  for (const row of banks) {
    revealed.set(row.id, openAccountNumber(keys, row) ?? "");
    await writeAudit(instruments.db, context, {
      action: "payment_instrument.pii_revealed",
      resourceType: "payment_instrument",
      resourceId: row.id,
      details: { fields: ["accountNumber"], operation },
    });
  }
  return revealed;
}

const notFound = (c: Context<AppEnv>, id: string) =>
  domainProblem(c, { code: "not_found", message: `No payment instrument ${id} on this party.` });

function registerRoutes(router: Router, deps: ResourceDeps, instruments: InstrumentsDeps) {
  const body = (row: PaymentInstrumentRow, revealed: string | undefined) =>
    toInstrumentBody(row, revealed, instruments.processor.testMicroDepositAmounts);
  router.openapi(createPaymentInstrumentRoute, async (c) => {
    const { partyId } = c.req.valid("param");
    const created = await createPaymentInstrument(instruments, changeContext(c, deps), partyId, c.req.valid("json"));
    if (!created.ok) return domainProblem(c, created.error);
    return c.json(body(created.value, undefined), 201);
  });
  router.openapi(getPaymentInstrumentRoute, async (c) => {
    const { partyId, instrumentId } = c.req.valid("param");
    const row = await findInstrument(instruments.db, c.get("principal").tenantId, instrumentId, partyId);
    if (row === undefined) return notFound(c, instrumentId);
    const revealed = await reveal(c, deps, instruments, [row], "getPaymentInstrument");
    return c.json(body(row, revealed.get(row.id)), 200);
  });
  router.openapi(disablePaymentInstrumentRoute, async (c) => {
    const { partyId, instrumentId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const row = await findInstrument(instruments.db, context.tenantId, instrumentId, partyId);
    if (row === undefined) return notFound(c, instrumentId);
    const disabled = await disableInstrument(instruments.db, context, row, "requested");
    return c.json(body(disabled, undefined), 200);
  });
  router.openapi(verifyPaymentInstrumentRoute, async (c) => {
    const { partyId, instrumentId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const row = await findInstrument(instruments.db, context.tenantId, instrumentId, partyId, { forUpdate: true });
    if (row === undefined) return notFound(c, instrumentId);
    const { amounts } = c.req.valid("json");
    const outcome = await verifyMicroDeposits(instruments.db, context, instruments.processor, row, amounts);
    if (outcome.ok) return c.json(body(outcome.row, undefined), 200);
    // A wrong guess or expired deposits are facts: the attempt, and the lock-out it may cause, are kept.
    if (outcome.recorded) keepChangesOnFailure(c);
    return problemResponse(c, {
      code: outcome.code,
      detail: outcome.message,
      extensions: { attemptsRemaining: outcome.attemptsRemaining, verificationStatus: outcome.row.verificationStatus },
    });
  });
  listRoute(router, listPaymentInstrumentsDefinition, idOrder("pmi"), async (request, c) => {
    const { partyId } = request.params;
    if ((await findParty(instruments.db, request.tenantId, partyId)) === undefined) {
      return { ok: false, error: { code: "not_found", message: `No party ${partyId}.` } };
    }
    const rows = await listInstruments(instruments.db, request.tenantId, partyId, {
      status: request.filters.status,
      after: request.after,
      take: request.take,
    });
    const revealed = await reveal(c, deps, instruments, rows.slice(0, request.take - 1), "listPaymentInstruments");
    return ok(rows.map((row) => body(row, revealed.get(row.id))));
  });
}

/**
 * Payment instruments: a party's bank accounts (routing number checked, account number encrypted and
 * masked) and cards (processor token only), verified through the payment processor adapter.
 *
 * @example
 * export const resources = [paymentInstrumentsResource, …];
 */
export const paymentInstrumentsResource: ApiResource = {
  tag: {
    name: "Payment instruments",
    description: "Borrowers' bank accounts and card tokens that autopay and ACH debit",
  },
  scopes: ["payment-instruments:read", "payment-instruments:write", PII_READ_SCOPE],
  routes: (deps) => {
    const router = createRouter();
    registerRoutes(router, deps, instrumentsDeps(deps));
    return router;
  },
};
