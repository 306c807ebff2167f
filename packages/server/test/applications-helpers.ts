import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { expect } from "vitest";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { json, personalLoan } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";
import { individual } from "./parties-helpers.js";

/** Bureau facts of a prime applicant (the application supplies amount, term, income, debt and state). */
export const primeBureauFacts = {
  creditScore: 760,
  employmentMonths: 60,
  utilizationPercent: 20,
  inquiriesLast6Months: 1,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  bureauFlags: [],
};

/** What every origination test needs in a tenant: a product, a published policy and two parties. */
export interface OriginationSetup {
  readonly productId: string;
  readonly ruleSetId: string;
  readonly primaryId: string;
  readonly coBorrowerId: string;
}

async function created(response: Response): Promise<Record<string, unknown>> {
  expect(response.status).toBe(201);
  return json(response);
}

/** A product (optionally with origination settings), the demo policy published, and two parties. */
export async function setUpOrigination(
  api: TestApp,
  token: string,
  origination?: NonNullable<Parameters<typeof personalLoan>[0]>["origination"],
): Promise<OriginationSetup> {
  const definition = personalLoan(origination === undefined ? {} : { origination });
  const product = await created(await api.call("POST", "/v1/products", { token, body: definition }));
  const document = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  const body = { document, reasonStatements: demoRuleSetReasonStatements };
  const ruleSet = await created(await api.call("POST", "/v1/rule-sets", { token, body }));
  const published = await api.call("POST", `/v1/rule-sets/${ruleSet.id}/versions/1/publish`, { token });
  expect(published.status).toBe(200);
  const primary = await created(await api.call("POST", "/v1/parties", { token, body: individual() }));
  const coBorrower = await created(
    await api.call("POST", "/v1/parties", {
      token,
      body: individual({ name: { first: "Charles", last: "Babbage" }, taxId: "123-45-6790", statedAnnualIncome: 0 }),
    }),
  );
  return {
    productId: String(product.id),
    ruleSetId: String(ruleSet.id),
    primaryId: String(primary.id),
    coBorrowerId: String(coBorrower.id),
  };
}

/** A complete application form: $15,000 over 36 months, unsecured, both consents from both applicants. */
export function completeForm(setup: OriginationSetup, overrides: Record<string, unknown> = {}) {
  const consents = [setup.primaryId, setup.coBorrowerId].flatMap((partyId) =>
    (["credit_report", "electronic_records"] as const).map((type) => ({
      type,
      partyId,
      disclosureVersion: "2026-01",
      acceptedAt: "2026-12-03T11:00:00Z",
      ipAddress: "203.0.113.7",
    })),
  );
  return {
    productId: setup.productId,
    amount: 1_500_000,
    currency: "USD",
    numberOfPayments: 36,
    purpose: "debt_consolidation",
    applicants: [
      { partyId: setup.primaryId, role: "primary" },
      { partyId: setup.coBorrowerId, role: "co_borrower" },
    ],
    collateral: { type: "none" },
    debts: [{ kind: "auto", creditor: "Lincoln Auto Credit", balance: 1_200_000, monthlyPayment: 45_000 }],
    assets: [{ kind: "checking", value: 500_000 }],
    consents,
    channel: "web",
    ...overrides,
  };
}
