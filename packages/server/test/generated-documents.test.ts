import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { sha256Hex } from "./helpers/documents.js";
import { type PdfTextItem, pdfLines, pdfTextItems, usDate, usd } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// POST /v1/applications/{id}/generated-documents: the TILA disclosure and the loan agreement of an accepted
// offer, and the adverse-action notice of a declined application, rendered to PDF and stored as documents.
// Every figure is read back from the PDF with pdf.js and compared, to the cent, with POST /v1/quotes for the
// accepted offer's terms (the quotes endpoint is the oracle, not the code under test).

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
const day = 86_400_000;

const bank = {
  name: "Lendstack Demo Bank, N.A.",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  phone: "+1 402 555 0100",
};
const occ = {
  name: "Office of the Comptroller of the Currency",
  address: { line1: "P.O. Box 53570", city: "Houston", region: "TX", postalCode: "77052", country: "US" },
};

async function post(token: string, path: string, body?: unknown, key?: string) {
  const response = await api.call("POST", path, {
    token,
    ...(body === undefined ? {} : { body }),
    ...(key === undefined ? {} : { idempotencyKey: key }),
  });
  return { status: response.status, body: await json(response), headers: response.headers };
}

async function decided(token: string, setup: OriginationSetup, facts: Body = primeBureauFacts): Promise<Body> {
  const created = await post(token, "/v1/applications", completeForm(setup));
  expect(created.status).toBe(201);
  expect((await post(token, `/v1/applications/${created.body.id}/submit`)).status).toBe(200);
  const decision = await post(token, `/v1/applications/${created.body.id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts,
  });
  expect(decision.status).toBe(200);
  return decision.body;
}

/** An application with its first offer accepted, and that offer. */
async function accepted(token: string, setup: OriginationSetup): Promise<{ id: string; offer: Body }> {
  const offered = await decided(token, setup);
  const offers = await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token }));
  const [offer] = offers.data as Body[];
  if (offer === undefined) throw new Error("no offer");
  expect((await post(token, `/v1/applications/${offered.id}/offers/${offer.id}/accept`)).status).toBe(200);
  return { id: String(offered.id), offer };
}

interface QuoteRow {
  readonly number: number;
  readonly dueDate: string;
  readonly principal: number;
  readonly interest: number;
  readonly total: number;
  readonly balance: number;
}

/** What the tests read of a quote. */
interface QuoteFigures {
  readonly principal: number;
  readonly apr: { readonly disclosedPercent: string };
  readonly disclosure: {
    readonly amountFinanced: number;
    readonly financeCharge: number;
    readonly prepaidFinanceCharges: number;
    readonly totalOfPayments: number;
  };
  readonly schedule: ReadonlyArray<QuoteRow>;
}

/** POST /v1/quotes for an offer's terms: the oracle. */
async function quoteOf(token: string, setup: OriginationSetup, offer: Body, disbursementDate = offer.disbursementDate) {
  const quoted = await post(token, "/v1/quotes", {
    productId: setup.productId,
    productVersion: offer.productVersion,
    amount: offer.amount,
    currency: offer.currency,
    numberOfPayments: offer.numberOfPayments,
    frequency: offer.frequency,
    ratePercent: offer.ratePercent,
    disbursementDate,
  });
  expect(quoted.status).toBe(200);
  return quoted.body as Body & QuoteFigures;
}

async function generate(token: string, applicationId: string, template: string, key?: string) {
  return post(token, `/v1/applications/${applicationId}/generated-documents`, { template }, key);
}

async function downloaded(token: string, document: Body): Promise<{ bytes: Uint8Array; items: PdfTextItem[] }> {
  const response = await api.call("GET", `/v1/documents/${document.id}/content`, { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(sha256Hex(bytes)).toBe(document.sha256);
  return { bytes, items: await pdfTextItems(bytes) };
}

/** The value printed at the bottom of a federal-box cell: the lowest item in the label's column, in the box. */
function boxValue(items: ReadonlyArray<PdfTextItem>, label: string): string | undefined {
  const head = items.find((item) => item.text === label);
  if (head === undefined) return undefined;
  const column = items.filter(
    (item) => item.page === head.page && Math.abs(item.x - head.x) < 0.5 && item.y < head.y && item.y > head.y - 110,
  );
  return column.sort((a, b) => a.y - b.y)[0]?.text;
}

describe("the TILA disclosure of an accepted offer", () => {
  it("prints the quote's APR, finance charge, amount financed, total of payments and every payment", async () => {
    const token = await api.token("tila");
    const setup = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const { id, offer } = await accepted(token, setup);
    const generated = await generate(token, id, "tila_disclosure");
    expect(generated.status).toBe(201);
    expect(generated.body).toMatchObject({
      object: "document",
      type: "tila_disclosure",
      ownerType: "application",
      applicationId: id,
      contentType: "application/pdf",
      version: 1,
      fileName: `tila-disclosure-${id}-2026-12-03.pdf`,
    });
    const { items } = await downloaded(token, generated.body);
    const quote = await quoteOf(token, setup, offer);
    // The offer was priced by the same core functions; the quote and the offer agree.
    expect(quote.disclosure.financeCharge).toBe(offer.financeCharge);
    expect(boxValue(items, "ANNUAL PERCENTAGE RATE")).toBe(`${quote.apr.disclosedPercent}%`);
    expect(boxValue(items, "FINANCE CHARGE")).toBe(usd(quote.disclosure.financeCharge));
    expect(boxValue(items, "Amount Financed")).toBe(usd(quote.disclosure.amountFinanced));
    expect(boxValue(items, "Total of Payments")).toBe(usd(quote.disclosure.totalOfPayments));
    const lines = pdfLines(items);
    expect(quote.schedule).toHaveLength(36);
    for (const row of quote.schedule) {
      expect(lines).toContain(`${row.number} | ${usDate(row.dueDate)} | ${usd(row.total)} | ${usd(row.balance)}`);
    }
    // The § 1026.18(g) runs: equal consecutive payments grouped, counts adding up to the schedule.
    const totals = quote.schedule.map((row) => row.total);
    const first = quote.schedule[0];
    const last = quote.schedule.at(-1);
    if (first === undefined || last === undefined) throw new Error("empty schedule");
    const leading = totals.filter((total) => total === first.total).length;
    expect(lines).toContain(`${leading} | ${usd(first.total)} | Monthly beginning ${usDate(first.dueDate)}`);
    if (last.total !== first.total) expect(lines).toContain(`1 | ${usd(last.total)} | On ${usDate(last.dueDate)}`);
    const text = lines.join(" ");
    expect(text).toContain("5% of the scheduled payment (at least $15.00 and at most $40.00)");
    expect(text).toContain("more than 15 days late");
    expect(text).toContain("you will not have to pay a penalty");
    expect(text).toContain("Lendstack Demo Bank, N.A.");
    expect(text).toContain("Ada Lovelace, Charles Babbage");
    const prepaid = usd(quote.disclosure.prepaidFinanceCharges);
    expect(lines).toContain(`Prepaid finance charge (origination fee) | ${prepaid}`);
    expect(lines).toContain(`Amount given to you directly | ${usd(quote.disclosure.amountFinanced)}`);
  });

  it("is the same bytes for the same data on the same business date, a new version each time", async () => {
    const token = await api.token("tila-determinism");
    const setup = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const { id } = await accepted(token, setup);
    const first = await generate(token, id, "tila_disclosure");
    const second = await generate(token, id, "tila_disclosure");
    expect(second.status).toBe(201);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(second.body).toMatchObject({ version: 2, supersedes: first.body.id });
    expect((second.body.versions as Body[]).map((version) => version.id)).toEqual([first.body.id]);
    const replay = await generate(token, id, "tila_disclosure", "tila-key-1");
    const again = await generate(token, id, "tila_disclosure", "tila-key-1");
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(replay.body.id);
    api.clock.advance(day);
    const later = await api.token("tila-determinism");
    const tomorrow = await generate(later, id, "tila_disclosure");
    expect(tomorrow.body.sha256).not.toBe(first.body.sha256);
    const { items } = await downloaded(later, tomorrow.body);
    expect(pdfLines(items)).toContain("Date of disclosure | December 4, 2026");
  });
});

describe("the loan agreement", () => {
  it("prints the principal, rate and every payment's principal, interest, amount and balance", async () => {
    const token = await api.token("agreement");
    const setup = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const { id, offer } = await accepted(token, setup);
    const closing = await post(token, `/v1/applications/${id}/closing`, { fundingDate: "2026-12-10" });
    expect(closing.status).toBe(200);
    const generated = await generate(token, id, "loan_agreement");
    expect(generated.status).toBe(201);
    expect(generated.body).toMatchObject({ type: "loan_agreement", applicationId: id });
    const { items } = await downloaded(token, generated.body);
    // In closing, the loan is advanced on the funding date: the figures are the quote for that date.
    const quote = await quoteOf(token, setup, offer, "2026-12-10");
    const lines = pdfLines(items);
    expect(lines).toContain(`Principal | ${usd(quote.principal)}`);
    expect(lines).toContain(`Interest rate | ${offer.ratePercent}% a year`);
    expect(lines).toContain(`Annual percentage rate | ${quote.apr.disclosedPercent}%`);
    expect(lines).toContain(`Finance charge | ${usd(quote.disclosure.financeCharge)}`);
    expect(lines).toContain(`Amount financed | ${usd(quote.disclosure.amountFinanced)}`);
    expect(lines).toContain(`Total of payments | ${usd(quote.disclosure.totalOfPayments)}`);
    expect(lines).toContain("Loan date | December 10, 2026");
    for (const row of quote.schedule) {
      const cells = [usDate(row.dueDate), usd(row.principal), usd(row.interest), usd(row.total), usd(row.balance)];
      expect(lines).toContain(`${row.number} | ${cells.join(" | ")}`);
    }
    expect(lines).toContain("Ada Lovelace, Borrower | Date");
    expect(lines).toContain("Charles Babbage, Borrower | Date");
  });
});

describe("the adverse-action notice", () => {
  it("prints the stored notice: creditor, reasons, score disclosure and the ECOA agency", async () => {
    const token = await api.token("notice-pdf");
    const bureau = {
      name: "Example Credit Bureau",
      address: { line1: "PO Box 1000", city: "Chester", region: "PA", postalCode: "19016", country: "US" },
      phone: "1-800-555-0199",
      scoreRangeLow: 300,
      scoreRangeHigh: 850,
    };
    const setup = await setUpOrigination(api, token, {
      adverseAction: { creditor: bank, ecoaAgency: occ, creditReportingAgency: bureau },
    });
    const declined = await decided(token, setup, { ...primeBureauFacts, creditScore: 500 });
    expect(declined.state).toBe("declined");
    const notice = await json(
      await api.call("GET", `/v1/applications/${declined.id}/adverse-action-notice`, { token }),
    );
    const generated = await generate(token, String(declined.id), "adverse_action_notice");
    expect(generated.status).toBe(201);
    expect(generated.body).toMatchObject({ type: "adverse_action_notice", applicationId: declined.id });
    const { items } = await downloaded(token, generated.body);
    const lines = pdfLines(items);
    const text = lines.join(" ");
    const reasons = notice.principalReasons as Array<{ statement: string }>;
    expect(reasons.length).toBeGreaterThan(0);
    reasons.forEach((reason, i) => {
      expect(text).toContain(`${i + 1}. ${reason.statement}`);
    });
    expect(lines).toContain("Creditor | Lendstack Demo Bank, N.A.");
    expect(lines).toContain("Your credit score | 500");
    expect(lines).toContain("Scores range from | 300 to 850");
    expect(lines).toContain("Federal agency | Office of the Comptroller of the Currency");
    const decidedOn = new Date(`${notice.decidedOn}T00:00:00Z`).toLocaleDateString("en-US", {
      timeZone: "UTC",
      month: "long",
      day: "numeric",
      year: "numeric",
    });
    expect(lines).toContain(`Date of decision | ${decidedOn}`);
    expect(text).toContain("The Federal Equal Credit Opportunity Act prohibits creditors");
  });
});

describe("refusals", () => {
  it("answers 409, 422 and 404 problems and stores nothing", async () => {
    const token = await api.token("generated-refusals");
    const setup = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const declined = await decided(token, setup, { ...primeBureauFacts, creditScore: 500 });
    const noOffer = await generate(token, String(declined.id), "tila_disclosure");
    expect(noOffer.status).toBe(409);
    expect(noOffer.body).toMatchObject({ code: "offer_not_accepted" });
    expect(noOffer.body.detail).toContain("declined");
    const { id } = await accepted(token, setup);
    const notDeclined = await generate(token, id, "adverse_action_notice");
    expect(notDeclined.status).toBe(409);
    expect(notDeclined.body).toMatchObject({ code: "application_not_declined" });
    const unknown = await generate(token, "app_01M8XWD5G0JCKJ81ZB8GPTX000", "loan_agreement");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: "application_not_found" });
    const badTemplate = await generate(token, id, "privacy_notice");
    expect(badTemplate.status).toBe(422);
    expect(badTemplate.body).toMatchObject({ code: "validation_failed" });
    const other = await api.token("generated-no-creditor");
    const bare = await setUpOrigination(api, other);
    const { id: bareId } = await accepted(other, bare);
    const noCreditor = await generate(other, bareId, "loan_agreement");
    expect(noCreditor.status).toBe(422);
    expect(noCreditor.body).toMatchObject({ code: "creditor_not_configured" });
    const listed = await json(await api.call("GET", `/v1/documents?applicationId=${id}`, { token }));
    expect(listed.data).toEqual([]);
  });
});
