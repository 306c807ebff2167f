import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { completeForm, type OriginationSetup, primeBureauFacts } from "./applications-helpers.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { individual } from "./parties-helpers.js";

// Generated documents of loans in other currencies: the loan agreement prints every figure in the loan's
// currency with that currency's minor units (EUR and GBP 2, JPY 0, KWD and BHD 3), read back from the PDF
// with poppler's pdftotext and compared with POST /v1/quotes (the oracle) printed by the test's own
// formatter. The Truth in Lending disclosure (12 CFR 1026.18, a US federal form in dollars) is refused for
// a non-USD loan with 422 `tila_disclosure_not_applicable`, nothing stored.

let testDatabase: TestDatabase;
let api: TestApp;
let scratch: string;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
  scratch = mkdtempSync(join(tmpdir(), "pdf-currencies-"));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await testDatabase.dispose();
});

type Body = Record<string, unknown>;
const bank = {
  name: "Lendstack Demo Bank, N.A.",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
};
const occ = {
  name: "Office of the Comptroller of the Currency",
  address: { line1: "P.O. Box 53570", city: "Houston", region: "TX", postalCode: "77052", country: "US" },
};

/** How the documents print each currency (Unicode CLDR, en-US): its sign and its minor-unit digits (ISO 4217). */
const PRINTED = {
  EUR: { sign: "€", exponent: 2 },
  GBP: { sign: "£", exponent: 2 },
  JPY: { sign: "¥", exponent: 0 },
  KWD: { sign: "KWD ", exponent: 3 },
  BHD: { sign: "BHD ", exponent: 3 },
} as const;
type Currency = keyof typeof PRINTED;

/** Minor units as printed, exact (bigint digits, no float). @example printed(1_500_000, "KWD") === "KWD 1,500.000" */
function printed(minor: number, currency: Currency): string {
  const { sign, exponent } = PRINTED[currency];
  const value = BigInt(minor);
  const magnitude = value < 0n ? -value : value;
  const scale = 10n ** BigInt(exponent);
  const whole = (magnitude / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = exponent === 0 ? "" : `.${(magnitude % scale).toString().padStart(exponent, "0")}`;
  return `${value < 0n ? "-" : ""}${sign}${whole}${fraction}`;
}

/** The PDF's text as pdftotext reads it in physical layout, no-break spaces as spaces, runs of spaces as one. */
function pdftotext(bytes: Uint8Array, name: string): string {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, bytes);
  const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return text.replaceAll("\u00a0", " ").replace(/[ \t]+/g, " ");
}

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

async function created(response: { status: number; body: Body }): Promise<Body> {
  expect(response.status).toBe(201);
  return response.body;
}

/** The demo personal loan in `currency` (its limits and fees are the same numbers of minor units), rounded to its minor unit. */
async function setUp(token: string, currency: Currency): Promise<OriginationSetup> {
  const base = personalLoan({ origination: { adverseAction: { creditor: bank, ecoaAgency: occ } } });
  const definition = {
    ...base,
    currencies: { allowed: [currency], default: currency },
    rounding: { ...base.rounding, decimalPlaces: PRINTED[currency].exponent },
  };
  const product = await created(await post(token, "/v1/products", definition));
  const document = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  const ruleSet = await created(
    await post(token, "/v1/rule-sets", { document, reasonStatements: demoRuleSetReasonStatements }),
  );
  expect((await post(token, `/v1/rule-sets/${ruleSet.id}/versions/1/publish`)).status).toBe(200);
  const primary = await created(await post(token, "/v1/parties", individual()));
  const coBorrower = await created(
    await post(token, "/v1/parties", individual({ name: { first: "Charles", last: "Babbage" }, taxId: "123-45-6790" })),
  );
  return {
    productId: String(product.id),
    ruleSetId: String(ruleSet.id),
    primaryId: String(primary.id),
    coBorrowerId: String(coBorrower.id),
  };
}

/** An application for 1,500,000 minor units of `currency`, its first offer accepted; the offer. */
async function accepted(token: string, setup: OriginationSetup, currency: Currency) {
  const application = await created(await post(token, "/v1/applications", completeForm(setup, { currency })));
  expect((await post(token, `/v1/applications/${application.id}/submit`)).status).toBe(200);
  const decision = await post(token, `/v1/applications/${application.id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts: primeBureauFacts,
  });
  expect(decision.body.state).toBe("offered");
  const offers = await json(await api.call("GET", `/v1/applications/${application.id}/offers`, { token }));
  const offer = (offers.data as Body[])[0] ?? {};
  expect(offer.currency).toBe(currency);
  expect((await post(token, `/v1/applications/${application.id}/offers/${offer.id}/accept`)).status).toBe(200);
  return { id: String(application.id), offer };
}

interface Quote {
  readonly principal: number;
  readonly disclosure: { amountFinanced: number; financeCharge: number; totalOfPayments: number };
  readonly schedule: ReadonlyArray<{
    number: number;
    principal: number;
    interest: number;
    total: number;
    balance: number;
  }>;
}

async function quoteOf(token: string, setup: OriginationSetup, offer: Body): Promise<Quote> {
  const quoted = await post(token, "/v1/quotes", {
    productId: setup.productId,
    productVersion: offer.productVersion,
    amount: offer.amount,
    currency: offer.currency,
    numberOfPayments: offer.numberOfPayments,
    frequency: offer.frequency,
    ratePercent: offer.ratePercent,
    disbursementDate: offer.disbursementDate,
  });
  expect(quoted.status).toBe(200);
  return quoted.body as unknown as Quote;
}

async function agreementText(token: string, applicationId: string, name: string): Promise<string> {
  const generated = await post(token, `/v1/applications/${applicationId}/generated-documents`, {
    template: "loan_agreement",
  });
  expect(generated.status).toBe(201);
  const content = await api.call("GET", `/v1/documents/${generated.body.id}/content`, { token });
  expect(content.status).toBe(200);
  return pdftotext(new Uint8Array(await content.arrayBuffer()), name);
}

describe("the loan agreement of a non-USD loan", () => {
  it.each([
    ["EUR", "€15,000.00", "€15.00", "€40.00"],
    ["GBP", "£15,000.00", "£15.00", "£40.00"],
    ["JPY", "¥1,500,000", "¥1,500", "¥4,000"],
    ["KWD", "KWD 1,500.000", "KWD 1.500", "KWD 4.000"],
    ["BHD", "BHD 1,500.000", "BHD 1.500", "BHD 4.000"],
  ] as const)(
    "prints %s figures in its own minor units: principal %s, every payment",
    async (currency, principal, lateMin, lateMax) => {
      const token = await api.token(`currency-${currency}`);
      const setup = await setUp(token, currency);
      const { id, offer } = await accepted(token, setup, currency);
      const text = await agreementText(token, id, currency);
      const quote = await quoteOf(token, setup, offer);
      // Hand-checked: the application asks for 1,500,000 minor units; the late charge is 5 % at least 1,500
      // and at most 4,000 minor units (the demo product's numbers).
      expect(quote.principal).toBe(1_500_000);
      expect(printed(quote.principal, currency)).toBe(principal);
      expect(text).toContain(`Principal ${principal}`);
      expect(text).toContain(`at least ${lateMin} and at most ${lateMax}`);
      expect(text).toContain(`Amount financed ${printed(quote.disclosure.amountFinanced, currency)}`);
      expect(text).toContain(`Finance charge ${printed(quote.disclosure.financeCharge, currency)}`);
      expect(text).toContain(`Total of payments ${printed(quote.disclosure.totalOfPayments, currency)}`);
      expect(quote.schedule).toHaveLength(36);
      for (const row of quote.schedule) {
        const cells = [row.principal, row.interest, row.total, row.balance].map((minor) => printed(minor, currency));
        expect(text).toMatch(
          new RegExp(`\\b${row.number} \\d\\d/\\d\\d/\\d{4} ${cells.join(" ")}`.replaceAll("$", "\\$")),
        );
      }
      expect(text).not.toContain("$");
      expect(text).not.toContain("?");
    },
  );
});

describe("the TILA disclosure of a non-USD loan", () => {
  it("is refused with 422 tila_disclosure_not_applicable, nothing stored; the agreement still generates", async () => {
    const token = await api.token("currency-tila");
    const setup = await setUp(token, "JPY");
    const { id } = await accepted(token, setup, "JPY");
    const refused = await post(token, `/v1/applications/${id}/generated-documents`, { template: "tila_disclosure" });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "tila_disclosure_not_applicable" });
    expect(String(refused.body.detail)).toContain("JPY");
    const listed = await json(await api.call("GET", `/v1/documents?applicationId=${id}`, { token }));
    expect(listed.data).toEqual([]);
    expect(await agreementText(token, id, "jpy-after-refusal")).toContain("Principal ¥1,500,000");
  });
});
