import type { LocalDate } from "@lendstack/core/calendar";
import { trialBalance } from "@lendstack/core/ledger";
import { expect } from "vitest";
import type { Database } from "../../src/db/database.js";
import { getLoanState } from "../../src/loans/service.js";
import { json } from "../helpers/products.js";
import type { TestApp } from "../helpers/test-app.js";
import { usd } from "../loans-helpers.js";

/**
 * Request bodies of the reliability suites, in one place so the money shape on the wire changes here only.
 *
 * @example
 * await api.call("POST", `/v1/loans/${loanId}/payments`, { token, body: paymentBody(10_000, "2025-02-01") });
 */
export function paymentBody(amountMinor: number, effectiveDate: string) {
  return { ...usd(amountMinor), effectiveDate };
}

/** A reversal of `paymentId`. @example reversalBody("pmt_…", "2025-02-10") */
export function reversalBody(paymentId: string, effectiveDate: string) {
  return { transactionId: paymentId, effectiveDate };
}

interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly sequence: number;
}

/** The loan's stored event log (arrival order). @example const events = await storedEvents(api, token, loanId); */
export async function storedEvents(api: TestApp, token: string, loanId: string): Promise<StoredEvent[]> {
  const response = await api.call("GET", `/v1/loans/${loanId}/events`, { token });
  expect(response.status).toBe(200);
  return (await json(response)).data as StoredEvent[];
}

/** How many stored events of `type` the loan has. @example await countEvents(api, token, loanId, "payment") */
export async function countEvents(api: TestApp, token: string, loanId: string, type: string): Promise<number> {
  return (await storedEvents(api, token, loanId)).filter((event) => event.type === type).length;
}

/**
 * The books agree, read from the database with core (independent of the response shapes): every stored
 * event has a distinct sequence number, the loan's trial balance nets to zero in every currency, the
 * principal receivable account equals the state's principal balance and the suspense liability its
 * credit balance, as of `asOf`.
 *
 * @example
 * await expectBooksBalanced(database, "tenant", loanId, "2025-03-01");
 */
export async function expectBooksBalanced(
  database: Database,
  tenantId: string,
  loanId: string,
  asOf: string,
): Promise<void> {
  const loaded = await getLoanState(database.db, tenantId, loanId, asOf as LocalDate);
  if (!loaded.ok) throw new Error(`${loanId}: ${loaded.error.code} ${loaded.error.message}`);
  const sequences = loaded.value.loaded.events.map((event) => event.postedAt);
  expect(new Set(sequences).size).toBe(sequences.length);
  const { state } = loaded.value;
  const trial = trialBalance(state.journal, state.asOf);
  for (const total of trial.totals) expect(total.balanceMinor).toBe(0n);
  const balanceOf = (account: string) => trial.rows.find((row) => row.account === account)?.balanceMinor ?? 0n;
  expect(balanceOf("principal_receivable")).toBe(state.principalBalanceMinor);
  expect(-balanceOf("suspense_liability")).toBe(state.creditBalanceMinor);
}
