import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, decisions } from "../src/db/schema/index.js";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { compiledCacheStats } from "../src/rule-sets/compiled.js";
import { json } from "./helpers/products.js";
import { primeApplicant } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
});
afterAll(() => testDatabase.dispose());

/** Reason statements for the demo policy's codes (Regulation B Form C-1 ids; `other` with text). */
const reasonStatements = demoRuleSetReasonStatements;

function policy(id: string, edit: (doc: RuleSetDocument) => void = () => {}): RuleSetDocument {
  const doc = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  (doc as { id: string }).id = id;
  edit(doc);
  return doc;
}

async function publishedRuleSet(token: string, key: string, withReasons = true): Promise<string> {
  const body = withReasons ? { document: policy(key), reasonStatements } : { document: policy(key) };
  const created = await json(await api.call("POST", "/v1/rule-sets", { token, body }));
  const published = await api.call("POST", `/v1/rule-sets/${created.id}/versions/1/publish`, { token });
  expect(published.status).toBe(200);
  return String(created.id);
}

describe("decisions API", () => {
  it("decides with a published version, stores the decision and its audit row, and reads it back", async () => {
    const token = await api.token("decide");
    const ruleSetId = await publishedRuleSet(token, "decide");
    const response = await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: primeApplicant } });
    expect(response.status).toBe(201);
    const decision = await json(response);
    expect(decision).toMatchObject({
      ruleSetId,
      ruleSetKey: "decide",
      version: 1,
      decision: "approve",
      reasonCodes: [],
      outputs: { rateAdjustment: "-0.5", maxAmount: null, requiredDocuments: [] },
      adverseAction: null,
      facts: primeApplicant,
    });
    expect(decision.id).toMatch(/^dec_[0-9A-Z]{26}$/);
    const trace = decision.trace as Array<{ kind: string; id: string; values: Record<string, unknown> }>;
    expect(trace.filter((entry) => entry.kind === "rule").map((entry) => entry.id)).toEqual(["price-prime"]);
    expect(trace.filter((entry) => entry.kind === "row")).toHaveLength(6);

    const [row] = await testDatabase.db
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, "decide"), eq(decisions.id, String(decision.id))));
    expect(row).toMatchObject({ ruleSetId, ruleSetVersion: 1, ruleSetHash: decision.hash, decision: "approve" });
    expect(row!.facts).toEqual(primeApplicant);
    const audits = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, "decide"), eq(auditRecords.resourceId, String(decision.id))));
    expect(audits).toEqual([
      expect.objectContaining({ action: "decision.made", details: expect.objectContaining({ decision: "approve" }) }),
    ]);
    const fetched = await api.call("GET", `/v1/decisions/${decision.id}`, { token });
    expect(await json(fetched)).toEqual(decision);
  });

  it("a decline carries ranked adverse-action statements (decline reasons first, at most four)", async () => {
    const token = await api.token("decline");
    const ruleSetId = await publishedRuleSet(token, "decline");
    // DTI 300000/650000 = 0.461538 > 0.43 (dti-max, decline); employment 12 < 24 (documents only).
    const facts = { ...primeApplicant, monthlyDebt: 300_000, employmentMonths: 12 };
    const decision = await json(await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts } }));
    expect(decision.decision).toBe("decline");
    expect(decision.reasonCodes).toEqual(["DTI_TOO_HIGH"]);
    expect(decision.adverseAction).toMatchObject({
      principalReasons: [
        {
          statementId: "excessive_obligations_in_relation_to_income",
          statement: "Excessive obligations in relation to income",
          reasonCodes: ["DTI_TOO_HIGH"],
        },
      ],
    });
    const dtiRule = (decision.trace as Array<{ id: string; values: Record<string, unknown> }>).find(
      (entry) => entry.id === "dti-max",
    );
    expect(dtiRule?.values).toEqual({ dti: "0.461538" });
  });

  it("refuses bad facts with 422 and a pointer, and stores nothing", async () => {
    const token = await api.token("bad-facts");
    const ruleSetId = await publishedRuleSet(token, "bad-facts");
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...primeApplicant, creditScore: "760" }, "invalid_fact", "/facts/creditScore"],
      [{ ...primeApplicant, monthlyIncome: undefined }, "missing_fact", "/facts/monthlyIncome"],
      [{ ...primeApplicant, bureauFlags: ["OK", 7] }, "invalid_fact", "/facts/bureauFlags/1"],
    ];
    for (const [facts, code, pointer] of cases) {
      const response = await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts } });
      expect(response.status, pointer).toBe(422);
      const problem = await json(response);
      expect(problem).toMatchObject({ code, errors: [{ location: "body", pointer, code }] });
    }
    const rows = await testDatabase.db.select().from(decisions).where(eq(decisions.tenantId, "bad-facts"));
    expect(rows).toEqual([]);
  });

  it("refuses a rule set with only a draft (409 rule_set_not_published) and a draft version (409)", async () => {
    const token = await api.token("draft-only");
    const created = await json(await api.call("POST", "/v1/rule-sets", { token, body: { document: policy("d") } }));
    const response = await api.call("POST", "/v1/decisions", {
      token,
      body: { ruleSetId: created.id, facts: primeApplicant },
    });
    expect(response.status).toBe(409);
    expect(await json(response)).toMatchObject({ code: "rule_set_not_published" });
    await api.call("POST", `/v1/rule-sets/${created.id}/versions/1/publish`, { token });
    await api.call("PUT", `/v1/rule-sets/${created.id}/draft`, { token, body: { document: policy("d") } });
    const pinned = await api.call("POST", "/v1/decisions", {
      token,
      body: { ruleSetId: created.id, version: 2, facts: primeApplicant },
    });
    expect(pinned.status).toBe(409);
    expect(await json(pinned)).toMatchObject({ code: "rule_set_version_not_published" });
  });

  it("compiles a version once: later decisions hit the cache", async () => {
    const token = await api.token("cache");
    const ruleSetId = await publishedRuleSet(token, "cache", false);
    await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: primeApplicant } });
    const before = compiledCacheStats();
    for (let i = 0; i < 3; i += 1)
      await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: primeApplicant } });
    const after = compiledCacheStats();
    expect(after.misses).toBe(before.misses);
    expect(after.hits).toBe(before.hits + 3);
  });

  it("is idempotent with Idempotency-Key: a retry replays the same decision and stores one row", async () => {
    const token = await api.token("idem");
    const ruleSetId = await publishedRuleSet(token, "idem");
    const send = () =>
      api.call("POST", "/v1/decisions", {
        token,
        body: { ruleSetId, facts: primeApplicant },
        headers: { "idempotency-key": "decision-1" },
      });
    const first = await json(await send());
    const retry = await send();
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(retry)).toEqual(first);
    const rows = await testDatabase.db.select().from(decisions).where(eq(decisions.tenantId, "idem"));
    expect(rows).toHaveLength(1);
  });

  it("isolates tenants and checks scopes", async () => {
    const owner = await api.token("dec-owner");
    const ruleSetId = await publishedRuleSet(owner, "iso");
    const made = await json(
      await api.call("POST", "/v1/decisions", { token: owner, body: { ruleSetId, facts: primeApplicant } }),
    );
    const stranger = await api.token("dec-stranger");
    const decide = await api.call("POST", "/v1/decisions", {
      token: stranger,
      body: { ruleSetId, facts: primeApplicant },
    });
    expect(decide.status).toBe(404);
    expect(await json(decide)).toMatchObject({ code: "rule_set_not_found" });
    const read = await api.call("GET", `/v1/decisions/${made.id}`, { token: stranger });
    expect(read.status).toBe(404);
    expect(await json(read)).toMatchObject({ code: "decision_not_found" });
    const rulesOnly = await api.token("dec-owner", ["rule-sets:read", "rule-sets:write"]);
    const refused = await api.call("POST", "/v1/decisions", {
      token: rulesOnly,
      body: { ruleSetId, facts: primeApplicant },
    });
    expect(refused.status).toBe(403);
    expect(await json(refused)).toMatchObject({ code: "insufficient_scope" });
  });
});

describe("simulation", () => {
  it("reports counts, changes and the transition matrix for a stricter DTI threshold", async () => {
    const token = await api.token("simulate");
    const ruleSetId = await publishedRuleSet(token, "simulate");
    // Draft 2: the demo policy with rule dti-max tightened from dti > 0.43 to dti > 0.36.
    const stricter = policy("simulate", (doc) => {
      doc.rules.find((rule) => rule.id === "dti-max")!.when = "dti > 0.36";
    });
    const draft = await api.call("PUT", `/v1/rule-sets/${ruleSetId}/draft`, { token, body: { document: stricter } });
    expect(draft.status).toBe(200);
    // Expected outcomes, worked by hand from the demo policy's rules and scorecard bins:
    // a: DTI 0.276923, 205 points -> approve under both.
    // b: DTI 260000/650000 = 0.40 -> approve under v1 (190 points), decline under v2 (0.40 > 0.36).
    // c: DTI 325000/650000 = 0.50 -> decline under both (> 0.43).
    // d: score 600 (refer band 580-619), DTI 0.40 -> refer under v1, decline under v2.
    // e: monthlyIncome missing -> error (missing_fact) under both.
    const a = primeApplicant;
    const b = { ...primeApplicant, monthlyDebt: 260_000 };
    const c = { ...primeApplicant, monthlyDebt: 325_000 };
    const d = { ...b, creditScore: 600 };
    const { monthlyIncome: _income, ...e } = primeApplicant;
    // Two stored decisions (a, then b): replayed newest first.
    await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: a } });
    const storedB = await json(await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: b } }));
    const response = await api.call("POST", `/v1/rule-sets/${ruleSetId}/versions/2/simulate`, {
      token,
      body: { applications: [a, b, c, d, e], storedDecisions: 2 },
    });
    expect(response.status).toBe(200);
    const report = await json(response);
    expect(report).toMatchObject({
      candidateVersion: 2,
      baselineVersion: 1,
      total: 7,
      baseline: { approve: 4, refer: 1, decline: 1, error: 1 },
      candidate: { approve: 2, refer: 0, decline: 4, error: 1 },
      changed: 3,
      transitions: {
        approve: { approve: 2, refer: 0, decline: 2, error: 0 },
        refer: { approve: 0, refer: 0, decline: 1, error: 0 },
        decline: { approve: 0, refer: 0, decline: 1, error: 0 },
        error: { approve: 0, refer: 0, decline: 0, error: 1 },
      },
    });
    expect(report.samples).toEqual([
      {
        source: "supplied",
        index: 1,
        baseline: { outcome: "approve", reasonCodes: [] },
        candidate: { outcome: "decline", reasonCodes: ["DTI_TOO_HIGH"] },
      },
      {
        source: "supplied",
        index: 3,
        baseline: { outcome: "refer", reasonCodes: ["CREDIT_SCORE_BORDERLINE"] },
        candidate: { outcome: "decline", reasonCodes: ["CREDIT_SCORE_BORDERLINE", "DTI_TOO_HIGH"] },
      },
      {
        source: "stored",
        index: 0,
        decisionId: storedB.id,
        baseline: { outcome: "approve", reasonCodes: [] },
        candidate: { outcome: "decline", reasonCodes: ["DTI_TOO_HIGH"] },
      },
    ]);
    const errorCase = await json(
      await api.call("POST", `/v1/rule-sets/${ruleSetId}/versions/2/simulate`, {
        token,
        body: { applications: [e], sampleSize: 0 },
      }),
    );
    expect(errorCase).toMatchObject({ total: 1, changed: 0, samples: [] });
    const rows = await testDatabase.db.select().from(decisions).where(eq(decisions.tenantId, "simulate"));
    expect(rows).toHaveLength(2);
  });

  it("refuses an empty batch, an unknown version, and more than 10,000 applications", async () => {
    const token = await api.token("simulate-bad");
    const ruleSetId = await publishedRuleSet(token, "simulate-bad", false);
    const base = `/v1/rule-sets/${ruleSetId}/versions`;
    const empty = await api.call("POST", `${base}/1/simulate`, { token, body: {} });
    expect(empty.status).toBe(422);
    expect(await json(empty)).toMatchObject({ code: "no_applications" });
    const missing = await api.call("POST", `${base}/9/simulate`, { token, body: { applications: [primeApplicant] } });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: "rule_set_version_not_found" });
    const tooMany = await api.call("POST", `${base}/1/simulate`, {
      token,
      body: { applications: Array.from({ length: 10_001 }, () => ({})) },
    });
    expect(tooMany.status).toBe(422);
    expect(await json(tooMany)).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/applications" }] });
  });
  it("refuses supplied facts neither version declares, as decisions do, naming each; stores nothing", async () => {
    const token = await api.token("simulate-undeclared");
    const ruleSetId = await publishedRuleSet(token, "simulate-undeclared");
    // Draft 2 declares one more input, `savings` (nullable), that version 1 does not.
    const withSavings = policy("simulate-undeclared", (doc) => {
      doc.inputs.push({ name: "savings", type: "number", nullable: true });
    });
    const draft = await api.call("PUT", `/v1/rule-sets/${ruleSetId}/draft`, {
      token,
      body: { document: withSavings },
    });
    expect(draft.status).toBe(200);
    const simulate = (applications: unknown[]) =>
      api.call("POST", `/v1/rule-sets/${ruleSetId}/versions/2/simulate`, { token, body: { applications } });

    const refused = await simulate([
      primeApplicant,
      { ...primeApplicant, shoeSize: 9 },
      { ...primeApplicant, hairColor: "red", eyes: 2 },
    ]);
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem).toMatchObject({ code: "undeclared_fact" });
    expect(String(problem.detail)).toContain("3 supplied facts");
    expect((problem.errors as Array<{ pointer: string; code: string }>).map((e) => [e.pointer, e.code])).toEqual([
      ["/applications/1/shoeSize", "undeclared_fact"],
      ["/applications/2/hairColor", "undeclared_fact"],
      ["/applications/2/eyes", "undeclared_fact"],
    ]);
    // The same fact is refused by POST /v1/decisions (version 1 is the published one).
    const decision = await api.call("POST", "/v1/decisions", {
      token,
      body: { ruleSetId, facts: { ...primeApplicant, shoeSize: 9 } },
    });
    expect(decision.status).toBe(422);
    expect(await json(decision)).toMatchObject({ code: "undeclared_fact" });

    // `savings` is declared by the candidate only: the baseline's outcome is what a decision under it would
    // answer (undeclared_fact), the candidate decides as usual (prime: approve).
    const mixed = await simulate([{ ...primeApplicant, savings: 100_000 }]);
    expect(mixed.status).toBe(200);
    expect(await json(mixed)).toMatchObject({
      total: 1,
      baseline: { approve: 0, refer: 0, decline: 0, error: 1 },
      candidate: { approve: 1, refer: 0, decline: 0, error: 0 },
      samples: [
        {
          source: "supplied",
          index: 0,
          baseline: { outcome: "error", errorCode: "undeclared_fact" },
          candidate: { outcome: "approve" },
        },
      ],
    });
    const rows = await testDatabase.database.db
      .select()
      .from(decisions)
      .where(eq(decisions.tenantId, "simulate-undeclared"));
    expect(rows).toHaveLength(0);
  });
});
