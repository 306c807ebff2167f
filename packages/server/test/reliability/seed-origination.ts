import { expect } from "vitest";
import { json } from "../helpers/products.js";
import type { TestApp } from "../helpers/test-app.js";
import { pathOf } from "./spec.js";

async function ok(response: Response, what: string): Promise<Record<string, unknown>> {
  const body = await json(response);
  expect(response.status, `${what}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

/**
 * A funded application in the token's tenant (applied, decided, offered, accepted, closed and funded through
 * the API), with `marker` in its free text: its id, its accepted offer's id and its disbursement's id.
 *
 * @example
 * const { applicationId } = await seedFundedApplication(api, token, { productId, ruleSetId, partyId }, "tenant-a-secret", facts);
 */
export async function seedFundedApplication(
  api: TestApp,
  token: string,
  links: { productId: string; ruleSetId: string; partyId: string },
  marker: string,
  facts: Record<string, unknown>,
): Promise<{ applicationId: string; offerId: string; disbursementId: string }> {
  const consents = (["credit_report", "electronic_records"] as const).map((type) => ({
    type,
    partyId: links.partyId,
    disclosureVersion: "2026-01",
    acceptedAt: "2025-03-01T11:00:00Z",
    ipAddress: "203.0.113.7",
  }));
  const form = {
    productId: links.productId,
    amount: 1_500_000,
    currency: "USD",
    numberOfPayments: 36,
    purpose: `${marker} purpose`,
    applicants: [{ partyId: links.partyId, role: "primary" }],
    collateral: { type: "none" },
    debts: [],
    assets: [],
    consents,
  };
  const application = await ok(await api.call("POST", pathOf("createApplication"), { token, body: form }), "draft");
  const applicationId = String(application.id);
  await ok(await api.call("POST", pathOf("submitApplication", { applicationId }), { token }), "submit");
  const body = { ruleSetId: links.ruleSetId, facts };
  const offered = await ok(
    await api.call("POST", pathOf("decideApplication", { applicationId }), { token, body }),
    "decide",
  );
  expect(offered.state).toBe("offered");
  const offers = await ok(
    await api.call("GET", pathOf("listApplicationOffers", { applicationId }), { token }),
    "offers",
  );
  const offerId = String((offers.data as Array<{ id: string }>)[0]?.id);
  await ok(await api.call("POST", pathOf("acceptApplicationOffer", { applicationId, offerId }), { token }), "accept");
  const closing = { fundingDate: "2025-03-10" };
  await ok(
    await api.call("POST", pathOf("startApplicationClosing", { applicationId }), { token, body: closing }),
    "close",
  );
  const fund = { method: "ach", payeeName: `${marker} payee` };
  const funded = await ok(
    await api.call("POST", pathOf("fundApplication", { applicationId }), { token, body: fund }),
    "fund",
  );
  return { applicationId, offerId, disbursementId: String((funded.disbursement as { id: string }).id) };
}
