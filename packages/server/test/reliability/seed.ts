import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook } from "@lendstack/core/migration";
import { expect } from "vitest";
import { demoRuleSetReasonStatements } from "../../src/demo/rule-set.js";
import { json } from "../helpers/products.js";
import { policy } from "../helpers/rule-sets.js";
import type { TestApp } from "../helpers/test-app.js";
import { pay, standardTerms, testProduct } from "../loans-helpers.js";
import { individual } from "../parties-helpers.js";
import { seedCollections } from "./seed-collections.js";
import { seedMetro2File } from "./seed-credit-reporting.js";
import { seedDocuments } from "./seed-documents.js";
import { seedEnvelope } from "./seed-envelopes.js";
import { seedFundedApplication } from "./seed-origination.js";
import { firstTaskOf, seedCondition, seedWorkflow } from "./seed-workflows.js";
import { pathOf } from "./spec.js";

/** One of each resource in a tenant, by the path parameter (and id prefix) that names it. */
export interface SeededTenant {
  /** Path parameter values: `productId`, `ruleSetId`, `decisionId`, `loanId`, `version`, `endpointId`, `eventId`, `closeRunId`, `partyId`, `instrumentId`, `workflowId`, `taskId`, `conditionId`, `documentId`, `envelopeId`, `signerId`. */
  readonly params: Readonly<Record<string, string>>;
  /** Ids by prefix (`prd`, `rls`, `dec`, `loan`), for bodies and filters. */
  readonly ids: Readonly<Record<string, string>>;
  /** Every id and distinctive string of the tenant's data: none may appear in another tenant's answers. */
  readonly secrets: ReadonlyArray<string>;
}

/**
 * A sanctions hit of the party: it gets a sample-list entry's name (ZHANG, Wei) as another name and is
 * screened. Empty when no sanctions list is loaded (the screening is 409).
 */
async function seedScreeningHit(api: TestApp, token: string, partyId: string): Promise<string> {
  const renamed = await api.call("PATCH", pathOf("updateParty", { partyId }), {
    token,
    body: { otherNames: ["Wei Zhang"] },
  });
  expect(renamed.status).toBe(200);
  const screened = await api.call("POST", pathOf("screenParty", { partyId }), { token });
  if (screened.status !== 201) return "";
  return String(((await json(screened)).hits as Array<{ id: string }>)[0]?.id ?? "");
}

/** A number fact of a prime applicant, by what its name says it is. */
function primeNumber(name: string): number {
  if (/score/i.test(name)) return 760;
  if (/debt|delinquen|inquir|bankrupt/i.test(name)) return 0;
  if (/income/i.test(name)) return 650_000;
  if (/utili[sz]ation/i.test(name)) return 20;
  if (/months/i.test(name)) return 36;
  return 1_500_000;
}

/** A prime applicant's facts, built from the policy's declared inputs (so renamed inputs still work). */
export function declaredFacts(): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const input of policy().inputs) {
    if (input.nullable === true && !/score/i.test(input.name)) facts[input.name] = null;
    else if (input.type === "number") facts[input.name] = primeNumber(input.name);
    else if (input.type === "boolean") facts[input.name] = false;
    else if (input.type === "list") facts[input.name] = [];
    else if (input.type === "string") facts[input.name] = "CA";
    else facts[input.name] = null;
  }
  return facts;
}

/** A soft pull of the party's credit report, with the consumer's consent given. */
async function seedCreditReport(api: TestApp, token: string, partyId: string): Promise<string> {
  const consent = { disclosureVersion: "2026-01", acceptedAt: "2025-01-01T00:00:00Z", ipAddress: "203.0.113.7" };
  const body = { kind: "soft", permissiblePurpose: "credit_transaction", consent };
  return String(
    (
      await created(
        await api.call("POST", pathOf("pullPartyCreditReport", { partyId }), { token, body }),
        "credit report",
      )
    ).id,
  );
}

/** A dry-run import of one loan of core's sample book. */
async function seedImport(api: TestApp, token: string): Promise<string> {
  const data = sampleBook(1, 9)
    .map((input) => JSON.stringify(unwrap(exportLoan(input))))
    .join("\n");
  const body = { format: "jsonl", data, mode: "dry_run" };
  return String((await created(await api.call("POST", pathOf("createImport"), { token, body }), "import")).id);
}

/** A settlement to read: one cent under the balance, due in 2030, so nothing a later test pays completes it. */
async function seedSettlement(api: TestApp, token: string, loanId: string, marker: string): Promise<string> {
  const body = {
    amount: 1,
    plan: { type: "lump_sum", dueDate: "2030-01-02" },
    reason: marker,
    approvedBy: "Supervisor",
  };
  const preview = await created(
    await api.call("POST", pathOf("previewLoanSettlement", { loanId }), { token, body }),
    "settlement preview",
  );
  const settlement = await created(
    await api.call("POST", pathOf("createLoanSettlement", { loanId }), {
      token,
      body: { ...body, amount: Number(preview.balance) - 1 },
    }),
    "settlement",
  );
  return String(settlement.id);
}

async function created(response: Response, what: string): Promise<Record<string, unknown>> {
  const body = await json(response);
  expect(response.status, `${what}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

/**
 * Creates a product, a published rule set, a decision, a loan and a payment on it, a webhook endpoint,
 * a party and (for a sandbox) a close run in the token's tenant, all through the API (paths from the spec), with
 * `marker` in every free-text field.
 *
 * @example
 * const a = await seedTenant(api, await api.token("tenant-a"), "tenant-a-secret");
 */
export async function seedTenant(api: TestApp, token: string, marker: string): Promise<SeededTenant> {
  const product = await created(
    await api.call("POST", pathOf("createProduct"), { token, body: { ...testProduct(), name: `${marker} product` } }),
    "product",
  );
  const productId = String(product.id);
  const document = policy((doc) => Object.assign(doc, { name: `${marker} policy` }), `${marker}-policy`);
  const ruleSet = await created(
    await api.call("POST", pathOf("createRuleSet"), {
      token,
      body: { document, reasonStatements: demoRuleSetReasonStatements },
    }),
    "rule set",
  );
  const ruleSetId = String(ruleSet.id);
  await created(
    await api.call("POST", pathOf("publishRuleSetVersion", { ruleSetId, version: 1 }), { token }),
    "publish",
  );
  const decision = await created(
    await api.call("POST", pathOf("makeDecision"), { token, body: { ruleSetId, facts: declaredFacts() } }),
    "decision",
  );
  const decisionId = String(decision.id);
  const loan = await created(
    await api.call("POST", pathOf("boardLoan"), {
      token,
      body: {
        productId,
        ...standardTerms,
        decisionId,
        externalReference: `${marker}-ref`,
        borrowerReference: `${marker}-borrower`,
      },
    }),
    "loan",
  );
  const loanId = String(loan.id);
  await created(await pay(api, token, loanId, 10_000, "2025-02-01"), "payment");
  await seedCollections(api, token, loanId, marker);
  const endpoint = await created(
    await api.call("POST", pathOf("createWebhookEndpoint"), {
      token,
      body: { url: `https://example.com/${marker}-hook`, eventTypes: ["*"], description: `${marker} endpoint` },
    }),
    "webhook endpoint",
  );
  const endpointId = String(endpoint.id);
  const eventId = String(
    ((await json(await api.call("GET", pathOf("listEvents"), { token }))).data as Array<{ id: string }>)[0]?.id,
  );
  const party = await created(
    await api.call("POST", pathOf("createParty"), {
      token,
      body: individual({
        name: { first: marker, last: "Party" },
        emails: [{ kind: "work", address: `${marker}@example.com` }],
      }),
    }),
    "party",
  );
  const partyId = String(party.id);
  const screeningHitId = await seedScreeningHit(api, token, partyId);
  const importId = await seedImport(api, token);
  const creditReportId = await seedCreditReport(api, token, partyId);
  const instrument = await created(
    await api.call("POST", pathOf("createPaymentInstrument", { partyId }), {
      token,
      body: {
        type: "bank_account",
        routingNumber: "021000021",
        accountNumber: "000123456789",
        accountType: "checking",
        holderName: `${marker} Holder`,
      },
    }),
    "payment instrument",
  );
  const instrumentId = String(instrument.id);
  await created(
    await api.call("PUT", pathOf("enrollLoanAutopay", { loanId }), {
      token,
      body: {
        instrumentId,
        amountKind: "installment_due",
        daysBeforeDue: 3,
        authorization: {
          textVersion: `${marker}-auth`,
          authorizedAt: "2025-01-01T00:00:00Z",
          ipAddress: "203.0.113.7",
        },
      },
    }),
    "autopay",
  );
  const workflowId = await seedWorkflow(api, token, productId, marker);
  const origination = await seedFundedApplication(
    api,
    token,
    { productId, ruleSetId, partyId },
    marker,
    declaredFacts(),
  );
  const { applicationId, offerId, disbursementId } = origination;
  const taskId = await firstTaskOf(api, token, applicationId);
  const conditionId = await seedCondition(api, token, applicationId, marker);
  const { documentId, extractionId } = await seedDocuments(api, token, { partyId, applicationId, loanId }, marker);
  const { envelopeId, signerId } = await seedEnvelope(api, token, { applicationId, loanId }, marker);
  // A close run exists only for a sandbox (its test clock closes a day); other tenants get none.
  const advanced = await api.call("POST", pathOf("advanceTestClock"), { token, body: { to: "2025-03-02" } });
  const runs =
    advanced.status === 200 ? (await json(await api.call("GET", pathOf("listCloseRuns"), { token }))).data : [];
  const closeRunId = String((runs as Array<{ id: string }>)[0]?.id ?? "");
  // The close of a sandbox also originates the autopay debit due: an ACH file.
  const achFiles =
    advanced.status === 200 ? (await json(await api.call("GET", pathOf("listAchFiles"), { token }))).data : [];
  const fileId = String((achFiles as Array<{ id: string }>)[0]?.id ?? "");
  const furnishingFileId = await seedMetro2File(api, token);
  // The borrower on active duty from June, after every date above: a servicemember record to read.
  await created(
    await api.call("PUT", pathOf("setLoanServicemember", { loanId }), {
      token,
      body: { activeDutyStartDate: "2025-06-01", evidence: { type: "orders", reference: `${marker}-orders` } },
    }),
    "servicemember",
  );
  // A deferral granted from the queue, after the seed's close: a hardship plan to list.
  await created(
    await api.call("POST", pathOf("createLoanHardshipPlan", { loanId }), {
      token,
      body: {
        type: "deferral",
        reason: marker,
        approvedBy: "Supervisor",
        effectiveDate: "2025-05-20",
        installments: 1,
        interest: "defer",
      },
    }),
    "hardship plan",
  );
  const settlementId = await seedSettlement(api, token, loanId, marker);
  // The close of 2025-03-01 (a due date) issued the loan's statement.
  const statements = (await json(await api.call("GET", pathOf("listLoanStatements", { loanId }), { token }))).data;
  const statementId = String((statements as Array<{ id: string }>)[0]?.id ?? "");
  // The same close sent the late payment notice of the 2025-02-17 late fee (the loan's first close).
  const notices = (await json(await api.call("GET", pathOf("listLoanNotices", { loanId }), { token }))).data;
  const noticeId = String((notices as Array<{ id: string }>)[0]?.id ?? "");
  const cardPaymentId = await seedCardPayment(api, token, { partyId, loanId });
  return {
    params: {
      productId,
      ruleSetId,
      decisionId,
      loanId,
      version: "1",
      endpointId,
      eventId,
      closeRunId,
      partyId,
      instrumentId,
      applicationId,
      offerId,
      disbursementId,
      fileId,
      furnishingFileId,
      statementId,
      noticeId,
      workflowId,
      taskId,
      conditionId,
      documentId,
      extractionId,
      envelopeId,
      signerId,
      screeningHitId,
      importId,
      creditReportId,
      cardPaymentId,
      settlementId,
      // The close of 2025-03-02 finds A's loan 29 days past due (10,000 of the 02-01 installment paid).
      queue: "early_stage",
    },
    ids: {
      prd: productId,
      rls: ruleSetId,
      dec: decisionId,
      loan: loanId,
      we: endpointId,
      evt: eventId,
      cr: closeRunId,
      pty: partyId,
      pmi: instrumentId,
      app: applicationId,
      ofr: offerId,
      dsi: disbursementId,
      achf: fileId,
      m2f: furnishingFileId,
      stm: statementId,
      wf: workflowId,
      tsk: taskId,
      cnd: conditionId,
      doc: documentId,
      env: envelopeId,
      sgr: signerId,
      sch: screeningHitId,
      imp: importId,
      crp: creditReportId,
      dxt: extractionId,
      cpy: cardPaymentId,
      stl: settlementId,
    },
    secrets: [
      productId,
      ruleSetId,
      decisionId,
      loanId,
      endpointId,
      eventId,
      partyId,
      instrumentId,
      applicationId,
      disbursementId,
      workflowId,
      taskId,
      conditionId,
      documentId,
      extractionId,
      envelopeId,
      ...(screeningHitId === "" ? [] : [screeningHitId]),
      importId,
      creditReportId,
      furnishingFileId,
      cardPaymentId,
      statementId,
      settlementId,
      marker,
    ],
  };
}

/** A card of the party and a one-dollar card payment on the loan, charged through the sandbox; its id. */
async function seedCardPayment(
  api: TestApp,
  token: string,
  ids: { readonly partyId: string; readonly loanId: string },
): Promise<string> {
  const card = await created(
    await api.call("POST", pathOf("createPaymentInstrument", { partyId: ids.partyId }), {
      token,
      body: { type: "card", processorToken: "tok_sandbox_visa" },
    }),
    "card",
  );
  const paid = await created(
    await api.call("POST", pathOf("createCardPayment", { loanId: ids.loanId }), {
      token,
      body: { instrumentId: card.id, amount: 100, currency: "USD" },
    }),
    "card payment",
  );
  return String(paid.id);
}
