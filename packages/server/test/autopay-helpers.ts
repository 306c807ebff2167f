import { expect } from "vitest";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";
import { board, createProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

/**
 * A loan boarded on 2025-01-02 (the test clock's start) for a new borrower whose checking account
 * `accountNumber` is enrolled in autopay for the installment due, on the due date. Sandbox account
 * numbers choose what the sandbox processor does (e.g. `000111111111` returns R01).
 */
export async function loanOnAutopay(api: TestApp, token: string, accountNumber: string): Promise<{ loanId: string }> {
  const party = await createParty(api, token, individual());
  const instrument = await json(
    await api.call("POST", `/v1/parties/${party.id}/payment-instruments`, {
      token,
      body: {
        type: "bank_account",
        routingNumber: "021000021",
        accountNumber,
        accountType: "checking",
        holderName: "Ada Lovelace",
      },
    }),
  );
  const loanId = String((await board(api, token, await createProduct(api, token), { borrowerReference: party.id })).id);
  expect((await enrolAutopay(api, token, loanId, String(instrument.id))).status).toBe(200);
  return { loanId };
}

/** `PUT /v1/loans/{loanId}/autopay`: the installment due, on the due date, with a recorded authorization. */
export function enrolAutopay(api: TestApp, token: string, loanId: string, instrumentId: string) {
  return api.call("PUT", `/v1/loans/${loanId}/autopay`, {
    token,
    body: {
      instrumentId,
      amountKind: "installment_due",
      daysBeforeDue: 0,
      authorization: { textVersion: "ach-2025-01", authorizedAt: "2025-01-02T11:00:00Z", ipAddress: "203.0.113.7" },
    },
  });
}
