import { sampleSdnFiles } from "@lendstack/core/compliance";
import { demoScoredRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRuleSetReasonStatements, demoScoredReasonStatements } from "../src/demo/rule-set.js";
import { loadSanctionsList } from "../src/screenings/rescreen.js";
import { completeForm, type OriginationSetup, setUpOrigination } from "./applications-helpers.js";
import { pdfTextItems } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { policy } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// The primary applicant's checks feed the decision over HTTP: the credit report pulled within the window
// (score, monthly debt, derogatory items, utilization, fraud alert), the identity check and the sanctions
// screening, for the inputs the rule set declares; a decline on the bureau's score discloses its key factors.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
  const loaded = await loadSanctionsList(testDatabase.db, sampleSdnFiles, {
    clock: api.clock,
    ids: api.ids,
    threshold: 0.85,
  });
  expect(loaded.ok).toBe(true);
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
const place = (name: string) => ({
  name,
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  phone: "+1 402 555 0100",
});
const adverseAction = {
  creditor: place("Lendstack Demo Bank, N.A."),
  ecoaAgency: place("Office of the Comptroller of the Currency"),
  creditReportingAgency: { ...place("Example Credit Bureau"), scoreRangeLow: 300, scoreRangeHigh: 850 },
};
/** What the bureau does not tell the demo policy. */
const callerFacts = { employmentMonths: 60, hasBankruptcy: false, monthsSinceBankruptcy: null };

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

/** The setup with a sandbox party (by tax id) as the primary applicant, and a submitted application of theirs. */
async function submitted(token: string, setup: OriginationSetup, taxId: string) {
  const party = await createParty(
    api,
    token,
    individual({
      name: { first: "Grace", last: "Hopper" },
      taxId,
      emails: [{ kind: "personal", address: `${taxId}@example.com` }],
    }),
  );
  const mine = { ...setup, primaryId: String(party.id) };
  const created = await post(token, "/v1/applications", completeForm(mine));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await post(token, `/v1/applications/${created.body.id}/submit`)).status).toBe(200);
  return { partyId: String(party.id), applicationId: String(created.body.id) };
}

describe("credit reports, identity and sanctions in decisions", () => {
  it("declines a subprime sandbox applicant on the bureau's score and names the bureau's key factors", async () => {
    const token = await api.token("bureau-decline");
    const setup = await setUpOrigination(api, token, { adverseAction });
    const { partyId, applicationId } = await submitted(token, setup, "123-30-0001");
    const pulled = await post(token, `/v1/parties/${partyId}/credit-reports`, {
      kind: "hard",
      permissiblePurpose: "credit_transaction",
      applicationId,
    });
    expect(pulled.status).toBe(201);
    const decided = await post(token, `/v1/applications/${applicationId}/decision`, {
      ruleSetId: setup.ruleSetId,
      facts: callerFacts,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.state).toBe("declined");
    const decision = await json(await api.call("GET", `/v1/decisions/${decided.body.decisionId}`, { token }));
    expect(decision.reasonCodes).toContain("CREDIT_SCORE_TOO_LOW");
    // Score 560; cards 95%; 4 inquiries on file plus this hard pull's; 3 tradelines 30+ days late.
    expect(decision.facts).toMatchObject({
      creditScore: 560,
      utilizationPercent: 95,
      inquiriesLast6Months: 5,
      delinquenciesLast24Months: 3,
      bureauFlags: [],
    });
    const notice = await json(
      await api.call("GET", `/v1/applications/${applicationId}/adverse-action-notice`, { token }),
    );
    // The decision names the report its bureau facts came from, and so do its audit record and the notice.
    expect(decision.creditReportId).toBe(pulled.body.id);
    expect(notice.creditReportId).toBe(pulled.body.id);
    const audit = await json(
      await api.call("GET", `/v1/audit-records?resourceType=decision&resourceId=${decision.id}`, { token }),
    );
    expect((audit.data as Body[]).map((record) => record.details)).toEqual([
      expect.objectContaining({ decision: "decline", creditReportId: pulled.body.id }),
    ]);
    expect(notice.fcraDisclosure).toMatchObject({
      score: 560,
      rangeLow: 300,
      rangeHigh: 850,
      keyFactors: [
        { code: "18", description: "Number of accounts with delinquency" },
        { code: "10", description: "Proportion of balances to credit limits on revolving accounts is too high" },
        { code: "02", description: "Level of delinquency on accounts" },
        { code: "08", description: "Too many inquiries last 12 months" },
      ],
    });
    // The generated notice (PDF) prints the same key factors.
    const generated = await post(token, `/v1/applications/${applicationId}/generated-documents`, {
      template: "adverse_action_notice",
    });
    expect(generated.status, JSON.stringify(generated.body)).toBe(201);
    const pdf = await api.call("GET", `/v1/documents/${generated.body.id}/content`, { token });
    const text = (await pdfTextItems(new Uint8Array(await pdf.arrayBuffer()))).map((item) => item.text).join(" ");
    expect(text).toContain("Number of accounts with delinquency");
    expect(text).toContain("Too many inquiries last 12 months");
  });

  it("records no credit report when the caller gives every bureau fact the rule set declares", async () => {
    const token = await api.token("bureau-given");
    const setup = await setUpOrigination(api, token, { adverseAction });
    const { partyId, applicationId } = await submitted(token, setup, "123-30-0001");
    const pull = { kind: "hard", permissiblePurpose: "credit_transaction", applicationId };
    expect((await post(token, `/v1/parties/${partyId}/credit-reports`, pull)).status).toBe(201);
    const bureau = {
      creditScore: 760,
      utilizationPercent: 20,
      inquiriesLast6Months: 1,
      delinquenciesLast24Months: 0,
      bureauFlags: [],
    };
    const decided = await post(token, `/v1/applications/${applicationId}/decision`, {
      ruleSetId: setup.ruleSetId,
      facts: { ...callerFacts, ...bureau },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const decision = await json(await api.call("GET", `/v1/decisions/${decided.body.decisionId}`, { token }));
    expect(decision.facts).toMatchObject(bureau);
    expect(decision.creditReportId).toBeNull();
    const audit = await json(
      await api.call("GET", `/v1/audit-records?resourceType=decision&resourceId=${decision.id}`, { token }),
    );
    expect((audit.data as Body[])[0]?.details).toMatchObject({ creditReportId: null });
  });

  it("sends bureau, identity and sanctions facts a rule set declares, and none without the checks", async () => {
    const token = await api.token("bureau-facts");
    const setup = await setUpOrigination(api, token, { adverseAction });
    const document = policy((doc) => {
      (doc.inputs as unknown[]).push(
        { name: "bureauMonthlyDebt", type: "number", unit: "USD_minor" },
        { name: "derogatoryCount", type: "number" },
        { name: "revolvingUtilizationBasisPoints", type: "number", nullable: true },
        { name: "fraudAlert", type: "boolean" },
        { name: "identityOutcome", type: "string" },
        { name: "sanctionsOutcome", type: "string" },
      );
    }, "checks") as RuleSetDocument;
    const reasonStatements = demoRuleSetReasonStatements;
    const ruleSet = await post(token, "/v1/rule-sets", { document, reasonStatements });
    expect(ruleSet.status, JSON.stringify(ruleSet.body)).toBe(201);
    expect((await post(token, `/v1/rule-sets/${ruleSet.body.id}/versions/1/publish`)).status).toBe(200);
    const { partyId, applicationId } = await submitted(token, setup, "123-40-0001");
    const decide = () =>
      post(token, `/v1/applications/${applicationId}/decision`, { ruleSetId: ruleSet.body.id, facts: callerFacts });

    const unchecked = await decide();
    expect(unchecked.status).toBe(422);
    expect(unchecked.body).toMatchObject({ code: "missing_fact" });

    expect((await post(token, `/v1/parties/${partyId}/identity-checks`)).status).toBe(201);
    expect((await post(token, `/v1/parties/${partyId}/screenings`)).status).toBe(201);
    const consent = { disclosureVersion: "2026-01", acceptedAt: "2026-12-03T11:00:00Z", ipAddress: "203.0.113.7" };
    expect(
      (
        await post(token, `/v1/parties/${partyId}/credit-reports`, {
          kind: "soft",
          permissiblePurpose: "credit_transaction",
          consent,
        })
      ).status,
    ).toBe(201);
    const decided = await decide();
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.state).toBe("referred");
    const decision = await json(await api.call("GET", `/v1/decisions/${decided.body.decisionId}`, { token }));
    expect(decision.reasonCodes).toContain("FRAUD_ALERT");
    // The prime file: 1,650.00 + 385.00 + 35.00 + 25.00 a month, cards at 10.00%, an initial fraud alert.
    expect(decision.facts).toMatchObject({
      creditScore: 780,
      bureauMonthlyDebt: 209_500,
      derogatoryCount: 0,
      revolvingUtilizationBasisPoints: 1_000,
      fraudAlert: true,
      bureauFlags: ["FRAUD_ALERT"],
      identityOutcome: "pass",
      sanctionsOutcome: "clear",
    });
  });

  it("feeds core's demo scorecard from the bureau: oldest trade, utilization, delinquent trades, inquiries", async () => {
    const token = await api.token("bureau-scored");
    const setup = await setUpOrigination(api, token, { adverseAction });
    const body = { document: { ...demoScoredRuleSet, id: "scored" }, reasonStatements: demoScoredReasonStatements };
    const ruleSet = await post(token, "/v1/rule-sets", body);
    expect(ruleSet.status).toBe(201);
    expect((await post(token, `/v1/rule-sets/${ruleSet.body.id}/versions/1/publish`)).status).toBe(200);
    const { partyId, applicationId } = await submitted(token, setup, "123-30-0002");
    const consent = { disclosureVersion: "2026-01", acceptedAt: "2026-12-03T11:00:00Z", ipAddress: "203.0.113.7" };
    const pull = { kind: "soft", permissiblePurpose: "credit_transaction", consent };
    expect((await post(token, `/v1/parties/${partyId}/credit-reports`, pull)).status).toBe(201);
    const facts = {
      debtToIncomePercent: "15",
      employmentType: "salaried",
      maprPercent: "18.5",
      isCoveredBorrower: false,
      state: "NE",
      lenderType: "licensed",
      contractRatePercent: "18.5",
      loanAmount: 1_500_000,
      applicationDate: "2026-12-03",
    };
    const decided = await post(token, `/v1/applications/${applicationId}/decision`, {
      ruleSetId: ruleSet.body.id,
      facts,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const decision = await json(await api.call("GET", `/v1/decisions/${decided.body.decisionId}`, { token }));
    // The oldest account opened 50 months ago; cards at 95.00%; 3 tradelines late; 4 inquiries (a soft pull adds none).
    expect(decision.facts).toMatchObject({
      monthsSinceOldestTrade: 50,
      revolvingUtilizationPercent: "95.00",
      delinquencies30PlusLast24Months: 3,
      inquiriesLast6Months: 4,
    });
    // The scorecard's heaviest losses: utilization (55 points below its best bin), then delinquent trades (50).
    const scorecard = (
      decision.scorecards as Array<{ reasonCodes: Array<{ code: string; pointsBelowMax: number }> }>
    )[0];
    expect(scorecard?.reasonCodes.slice(0, 2)).toEqual([
      expect.objectContaining({ code: "HIGH_REVOLVING_UTILIZATION", pointsBelowMax: 55 }),
      expect.objectContaining({ code: "DELINQUENT_CREDIT_OBLIGATIONS", pointsBelowMax: 50 }),
    ]);
  });
});
