import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpCreditBureau, startFakeBureau } from "../src/adapters/credit-bureau/index.js";
import { openRawReport } from "../src/credit-reports/sealed.js";
import { creditReports } from "../src/db/schema/index.js";
import { type MasterKeyring, masterKeyFrom } from "../src/pii/master-keys.js";
import { tenantKeysFor } from "../src/pii/tenant-keys.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { business, createParty, individual } from "./parties-helpers.js";

// Credit reports end to end over HTTP on PGlite and (with DATABASE_URL) PostgreSQL: consent, permissible
// purpose, the sandbox bureau's documented files, reuse within the window, frozen files, encryption at rest.

let testDatabase: TestDatabase;
let api: TestApp;
const keyring: MasterKeyring = { current: masterKeyFrom(Buffer.alloc(32, 7)), previous: [] };
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-04T12:00:00.000Z", pii: keyring });
});
afterAll(() => testDatabase.dispose());

const consent = { disclosureVersion: "2026-01", acceptedAt: "2026-12-03T11:00:00Z", ipAddress: "203.0.113.7" };
const person = (taxId: string) =>
  individual({ taxId, emails: [{ kind: "personal", address: `${taxId}@example.com` }] });

async function pull(token: string, partyId: string, body: Record<string, unknown>) {
  const response = await api.call("POST", `/v1/parties/${partyId}/credit-reports`, { token, body });
  return { status: response.status, body: await json(response) };
}

const soft = { kind: "soft", permissiblePurpose: "credit_transaction", consent };

describe("credit reports", () => {
  it("pulls the prime sandbox file with the consent given, summarised, the report only on GET", async () => {
    const token = await api.token("bureau-prime");
    const party = await createParty(api, token, person("123-20-0001"));
    const pulled = await pull(token, String(party.id), soft);
    expect(pulled.status, JSON.stringify(pulled.body)).toBe(201);
    expect(pulled.body).toMatchObject({
      object: "credit_report",
      kind: "soft",
      permissiblePurpose: "credit_transaction",
      consent: { source: "request", ...consent },
      provider: "sandbox",
      status: "completed",
      failure: null,
      reportedOn: "2026-12-04",
      reused: false,
      report: null,
      // 1,650.00 + 385.00 + 35.00 + 25.00; cards 1,500.00 of 15,000.00 = 10.00%.
      summary: {
        score: 780,
        monthlyDebt: 209_500,
        revolvingUtilization: { balance: 150_000, limit: 1_500_000, basisPoints: 1_000 },
        derogatory: {
          late30: 0,
          late60: 0,
          late90Plus: 0,
          chargeOffs: 0,
          collections: 0,
          publicRecords: 0,
          derogatoryItems: 0,
        },
        inquiriesLast6Months: 1,
        hasFraudAlert: false,
      },
    });
    const got = await api.call("GET", `/v1/credit-reports/${pulled.body.id}`, { token });
    const text = await got.text();
    expect(got.status).toBe(200);
    expect(text).not.toContain("123200001");
    const report = JSON.parse(text).report;
    expect(report.taxId).toBe("***-**-0001");
    expect(report.tradelines).toHaveLength(4);
    expect(report.tradelines[0]).toMatchObject({
      type: "mortgage",
      balance: 24_500_000,
      monthlyPayment: 165_000,
      openedOn: "2019-12-04",
    });
    expect(report.score.factors[0]).toEqual({
      code: "14",
      description: "Length of time accounts have been established",
      isInquiries: false,
    });
    const listed = await json(await api.call("GET", `/v1/parties/${party.id}/credit-reports`, { token }));
    expect((listed.data as Array<{ id: string; report: unknown }>).map((item) => [item.id, item.report])).toEqual([
      [pulled.body.id, null],
    ]);
  });

  it("sums the subprime file: monthly debt, derogatory marks, utilization", async () => {
    const token = await api.token("bureau-subprime");
    const party = await createParty(api, token, person("123-30-0001"));
    const pulled = await pull(token, String(party.id), soft);
    expect(pulled.status).toBe(201);
    // 95.00 + 5% of 1,900.00 + 340.00 (the collection and the charge-off owe no monthly payment);
    // cards 4,750.00 of 5,000.00 (the charged-off card is not open) = 95.00%.
    expect(pulled.body.summary).toMatchObject({
      score: 560,
      monthlyDebt: 53_000,
      revolvingUtilization: { balance: 475_000, limit: 500_000, basisPoints: 9_500 },
      derogatory: {
        late30: 5,
        late60: 3,
        late90Plus: 5,
        chargeOffs: 1,
        collections: 1,
        publicRecords: 1,
        derogatoryItems: 5,
      },
      inquiriesLast6Months: 4,
    });
    expect((pulled.body.summary as { keyFactors: Array<{ code: string }> }).keyFactors.map((f) => f.code)).toEqual([
      "18",
      "10",
      "02",
      "08",
      "20",
    ]);
  });

  it("refuses a pull without consent, and with an application that holds none, storing nothing", async () => {
    const token = await api.token("bureau-consent");
    const party = await createParty(api, token, person("123-20-0002"));
    const partyId = String(party.id);
    const bare = await pull(token, partyId, { kind: "hard", permissiblePurpose: "credit_transaction" });
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ code: "credit_report_consent_required" });
    const draft = async (consents: unknown[]) =>
      json(
        await api.call("POST", "/v1/applications", {
          token,
          body: { applicants: [{ partyId, role: "primary" }], consents },
        }),
      );
    const without = await draft([]);
    const refused = await pull(token, partyId, {
      kind: "hard",
      permissiblePurpose: "credit_transaction",
      applicationId: without.id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "credit_report_consent_required" });
    expect(String(refused.body.detail)).toContain(String(without.id));
    const other = await createParty(api, token, person("123-20-0003"));
    const notTheirs = await pull(token, String(other.id), { ...soft, applicationId: without.id });
    expect(notTheirs.body).toMatchObject({ code: "party_not_on_application" });
    const purpose = await pull(token, partyId, { ...soft, permissiblePurpose: "curiosity" });
    expect(purpose.status).toBe(422);
    expect((await json(await api.call("GET", `/v1/parties/${partyId}/credit-reports`, { token }))).data).toEqual([]);

    const withConsent = await draft([{ type: "credit_report", partyId, ...consent }]);
    const hard = await pull(token, partyId, {
      kind: "hard",
      permissiblePurpose: "credit_transaction",
      applicationId: withConsent.id,
    });
    expect(hard.status).toBe(201);
    expect(hard.body).toMatchObject({ applicationId: withConsent.id, consent: { source: "application", ...consent } });
    // The hard pull is an inquiry on the file, dated the pull's business date, in the tenant's name.
    const report = (await json(await api.call("GET", `/v1/credit-reports/${hard.body.id}`, { token }))).report as {
      inquiries: unknown[];
    };
    expect(report.inquiries[0]).toEqual({ inquiredOn: "2026-12-04", subscriber: "bureau-consent" });
  });

  it("reuses a report within the window: a soft pull takes a hard report, a hard pull needs one", async () => {
    let token = await api.token("bureau-reuse");
    const party = await createParty(api, token, person("123-20-0004"));
    const partyId = String(party.id);
    const first = await pull(token, partyId, soft);
    const again = await pull(token, partyId, soft);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toMatchObject({ id: first.body.id, reused: true });
    const hard = await pull(token, partyId, { ...soft, kind: "hard" });
    expect(hard.status).toBe(201);
    expect((await pull(token, partyId, soft)).body).toMatchObject({ id: hard.body.id, reused: true });
    expect((await pull(token, partyId, { ...soft, kind: "hard" })).body).toMatchObject({
      id: hard.body.id,
      reused: true,
    });
    api.clock.advance(31 * 86_400_000);
    token = await api.token("bureau-reuse");
    const later = await pull(token, partyId, soft);
    expect(later.status).toBe(201);
    const events = await json(await api.call("GET", "/v1/events?type=credit_report.pulled", { token }));
    expect((events.data as Array<{ resourceId: string }>).map((event) => event.resourceId)).toEqual([
      first.body.id,
      hard.body.id,
      later.body.id,
    ]);
    const hardOnly = await json(await api.call("GET", `/v1/parties/${partyId}/credit-reports?kind=hard`, { token }));
    expect((hardOnly.data as unknown[]).length).toBe(1);
  });

  it("stores a frozen file as a failure outcome, never reused", async () => {
    const token = await api.token("bureau-frozen");
    const party = await createParty(api, token, person("123-50-0001"));
    const frozen = await pull(token, String(party.id), soft);
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({ status: "frozen", summary: null, failure: { code: "credit_file_frozen" } });
    const again = await pull(token, String(party.id), soft);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(frozen.body.id);
  });

  it("keeps the report and the raw document sealed: no tax id or creditor in clear", async () => {
    const token = await api.token("bureau-sealed");
    const party = await createParty(api, token, person("123-30-0002"));
    const pulled = await pull(token, String(party.id), soft);
    const [row] = await testDatabase.database.db
      .select()
      .from(creditReports)
      .where(eq(creditReports.id, String(pulled.body.id)));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain("123300002");
    expect(stored).not.toContain("Sandbox");
    const keys = await tenantKeysFor(testDatabase.database.db, keyring, "bureau-sealed", new Date());
    expect(JSON.parse(openRawReport(keys, row!)).consumer.ssn).toBe("123300002");
  });

  it("answers 404 for another tenant's report or party, 422 for a business", async () => {
    const token = await api.token("bureau-owner");
    const party = await createParty(api, token, person("123-20-0005"));
    const pulled = await pull(token, String(party.id), soft);
    const stranger = await api.token("bureau-stranger");
    expect((await api.call("GET", `/v1/credit-reports/${pulled.body.id}`, { token: stranger })).status).toBe(404);
    expect((await pull(stranger, String(party.id), soft)).status).toBe(404);
    expect((await api.call("GET", `/v1/parties/${party.id}/credit-reports`, { token: stranger })).status).toBe(404);
    const company = await createParty(api, token, business([String(party.id)]));
    expect((await pull(token, String(company.id), soft)).body).toMatchObject({ code: "credit_report_individual_only" });
  });

  it("pulls through the HTTP bureau; a failing bureau is 502 with nothing stored", async () => {
    const fake = await startFakeBureau();
    const failing = await startFakeBureau({ fault: { status: 500 } });
    try {
      const viaHttp = createTestApp(testDatabase.database, {
        clockStart: "2026-12-04T12:00:00.000Z",
        creditBureau: httpCreditBureau({ baseUrl: fake.baseUrl }),
      });
      const token = await viaHttp.token("bureau-http");
      const party = await createParty(viaHttp, token, person("123-30-0003"));
      const response = await viaHttp.call("POST", `/v1/parties/${party.id}/credit-reports`, { token, body: soft });
      const body = await json(response);
      expect(response.status).toBe(201);
      expect(body).toMatchObject({
        provider: "http",
        status: "completed",
        summary: { score: 560, monthlyDebt: 53_000 },
      });
      expect(JSON.stringify(fake.received)).toContain("123300003");

      const down = createTestApp(testDatabase.database, {
        creditBureau: httpCreditBureau({ baseUrl: failing.baseUrl }),
      });
      const downToken = await down.token("bureau-down");
      const other = await createParty(down, downToken, person("123-30-0004"));
      const refused = await down.call("POST", `/v1/parties/${other.id}/credit-reports`, {
        token: downToken,
        body: soft,
      });
      expect(refused.status).toBe(502);
      expect(await json(refused)).toMatchObject({ code: "credit_bureau_unavailable" });
      const listed = await json(await down.call("GET", `/v1/parties/${other.id}/credit-reports`, { token: downToken }));
      expect(listed.data).toEqual([]);
    } finally {
      await Promise.all([fake.close(), failing.close()]);
    }
  });
});
