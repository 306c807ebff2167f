import { expect } from "vitest";
import { json } from "../helpers/products.js";
import type { TestApp } from "../helpers/test-app.js";
import { pathOf } from "./spec.js";

/**
 * A's collections records on its loan: a logged contact (its notes carry the marker) and a promise to pay.
 *
 * @example
 * await seedCollections(api, token, loanId, "tenant-a-secret");
 */
export async function seedCollections(api: TestApp, token: string, loanId: string, marker: string): Promise<void> {
  const contact = await api.call("POST", pathOf("logLoanContact", { loanId }), {
    token,
    body: {
      channel: "email",
      direction: "inbound",
      outcome: "other",
      rightPartyContact: true,
      occurredAt: "2025-02-20T15:00:00Z",
      notes: `${marker} contact notes`,
    },
  });
  expect(contact.status, JSON.stringify(await json(contact.clone()))).toBe(201);
  const promise = await api.call("POST", pathOf("recordLoanPromise", { loanId }), {
    token,
    body: { amount: 20_000, dueDate: "2025-03-20", channel: "email" },
  });
  expect(promise.status, JSON.stringify(await json(promise.clone()))).toBe(201);
}
