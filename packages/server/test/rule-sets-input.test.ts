import { hashRuleSet } from "@lendstack/core/rules";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleSets } from "../src/db/schema/index.js";
import { demoRuleSetDocument } from "../src/demo/rule-set-verification.js";
import { seedDemoTenant } from "../src/demo/seed.js";
import { createIdGenerator } from "../src/ids.js";
import { json } from "./helpers/products.js";
import { createRuleSet as createRuleSetIn, policy } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Rule sets: refused documents, body limits, paging, and the demo tenant's seeded rule set.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
});
afterAll(() => testDatabase.dispose());

const createRuleSet = (token: string, document: unknown = policy()) => createRuleSetIn(api, token, document);

describe("rule sets: bad input", () => {
  it.each([
    {
      name: "a missing rules array",
      document: (() => {
        const { rules: _rules, ...rest } = policy(() => {}, "no-rules");
        return rest;
      })(),
      want: { code: "invalid_rule_set", pointer: "/document/rules" },
    },
    {
      name: "an unknown field in a rule",
      document: policy((doc) => {
        (doc.rules[0] as Record<string, unknown>).whenn = "true";
      }, "typo"),
      want: { code: "invalid_rule_set", pointer: "/document/rules/0" },
    },
    {
      name: "an expression nested deeper than the limit",
      document: policy((doc) => {
        doc.rules[0]!.when = `${"(".repeat(60)}creditScore < 580${")".repeat(60)}`;
      }, "deep"),
      want: { code: "too_deep", pointer: "/document/rules/0/when" },
    },
  ])("refuses $name with 422 and a pointer, storing nothing", async ({ document, want }) => {
    const token = await api.token("bad-documents");
    const response = await api.call("POST", "/v1/rule-sets", { token, body: { document } });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ code: want.code, ruleSetError: { pointer: want.pointer } });
    expect((await json(await api.call("GET", "/v1/rule-sets", { token }))).data).toEqual([]);
  });

  it("refuses a 2 MB document with 413 and malformed JSON with 400", async () => {
    const token = await api.token("bad-documents");
    const huge = policy((doc) => {
      doc.description = "x".repeat(2_000_000);
    }, "huge");
    const tooLarge = await api.call("POST", "/v1/rule-sets", { token, body: { document: huge } });
    expect(tooLarge.status).toBe(413);
    const malformed = await api.call("POST", "/v1/rule-sets", { token, body: '{"document": {' });
    expect(malformed.status).toBe(400);
    expect(await json(malformed)).toMatchObject({ code: "malformed_json" });
  });

  it("lists rule sets a page at a time", async () => {
    const token = await api.token("rs-pages");
    const ids: string[] = [];
    for (const key of ["p1", "p2", "p3"]) {
      api.clock.advance(1);
      ids.push(
        String(
          (
            await createRuleSet(
              token,
              policy(() => {}, key),
            )
          ).id,
        ),
      );
    }
    const first = await json(await api.call("GET", "/v1/rule-sets?limit=2", { token }));
    expect((first.data as Array<{ id: string }>).map((item) => item.id)).toEqual(ids.slice(0, 2));
    const second = await json(await api.call("GET", `/v1/rule-sets?limit=2&cursor=${first.nextCursor}`, { token }));
    expect((second.data as Array<{ id: string }>).map((item) => item.id)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeNull();
  });
});

describe("demo seed", () => {
  it("publishes the demo underwriting rule set (core's plus verified income) as version 1 once, ready for decisions", async () => {
    const options = { tenantId: "seeded", clock: api.clock, ids: createIdGenerator({ clock: api.clock }) };
    await seedDemoTenant(testDatabase.database, options);
    await seedDemoTenant(testDatabase.database, options);
    const rows = await testDatabase.db.select().from(ruleSets).where(eq(ruleSets.tenantId, "seeded"));
    expect(rows).toHaveLength(1);
    const token = await api.token("seeded");
    const version = await json(await api.call("GET", `/v1/rule-sets/${rows[0]!.id}/versions/1`, { token }));
    expect(version).toMatchObject({ status: "published", hash: hashRuleSet(demoRuleSetDocument) });
    expect(version.document).toEqual(demoRuleSetDocument);
    // Score 560 < 580 (rule score-floor) declines; its code maps to an "other" statement.
    const facts = {
      creditScore: 560,
      monthlyIncome: 650_000,
      monthlyDebt: 180_000,
      requestedAmount: 1_500_000,
      termMonths: 36,
      employmentMonths: 60,
      utilizationPercent: 20,
      inquiriesLast6Months: 1,
      delinquenciesLast24Months: 0,
      hasBankruptcy: false,
      state: "CA",
      bureauFlags: [],
    };
    const decision = await json(
      await api.call("POST", "/v1/decisions", { token, body: { ruleSetId: rows[0]!.id, facts } }),
    );
    expect(decision).toMatchObject({ decision: "decline", version: 1, ruleSetKey: "demo-underwriting" });
    expect((decision.adverseAction as { principalReasons: unknown[] }).principalReasons[0]).toEqual({
      statementId: "other",
      statement: "Credit score below our minimum",
      reasonCodes: ["CREDIT_SCORE_TOO_LOW"],
    });
  });
});
