import { hashRuleSet, type RuleSetDocument } from "@lendstack/core/rules";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, ruleSetVersions } from "../src/db/schema/index.js";
import { json } from "./helpers/products.js";
import { createRuleSet as createRuleSetIn, policy } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The rule sets lifecycle: drafts, validation, publishing, immutability, tenancy. Bad input and the seed: rule-sets-input.test.ts.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
});
afterAll(() => testDatabase.dispose());

const createRuleSet = (token: string, document: unknown = policy()) => createRuleSetIn(api, token, document);

describe("rule sets API", () => {
  it("creates draft 1, validates it, publishes it with its content hash", async () => {
    const token = await api.token("flow");
    const created = await createRuleSet(token);
    expect(created).toMatchObject({ key: "policy", latestVersion: 1, publishedVersion: null, draftVersion: 1 });
    expect(created.id).toMatch(/^rls_[0-9A-Z]{26}$/);
    expect(created.versions).toEqual([expect.objectContaining({ version: 1, status: "draft", hash: null })]);

    const validated = await api.call("POST", `/v1/rule-sets/${created.id}/validate`, { token, body: {} });
    expect(validated.status).toBe(200);
    expect(await json(validated)).toEqual({ valid: true, version: 1, hash: hashRuleSet(policy()), error: null });

    const published = await api.call("POST", `/v1/rule-sets/${created.id}/versions/1/publish`, { token });
    expect(published.status).toBe(200);
    const body = await json(published);
    // The hash is core's hashRuleSet of the stored document (sha256 of its canonical JSON).
    expect(body).toMatchObject({ version: 1, status: "published", hash: hashRuleSet(policy()) });
    expect(body.publishedAt).toBe(api.clock().toISOString());

    const fetched = await json(await api.call("GET", `/v1/rule-sets/${created.id}`, { token }));
    expect(fetched).toMatchObject({ publishedVersion: 1, draftVersion: null, latestVersion: 1 });
    const audits = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, "flow"), eq(auditRecords.resourceId, String(created.id))));
    expect(audits.map((row) => row.action).sort()).toEqual(["rule_set.created", "rule_set.version_published"]);
  });

  it("never changes a published version: publish again and PUT on it are 409 version_immutable", async () => {
    const token = await api.token("immutable");
    const created = await createRuleSet(token);
    const base = `/v1/rule-sets/${created.id}`;
    expect((await api.call("POST", `${base}/versions/1/publish`, { token })).status).toBe(200);
    const before = await json(await api.call("GET", `${base}/versions/1`, { token }));

    const again = await api.call("POST", `${base}/versions/1/publish`, { token });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "version_immutable" });

    const stricter = policy((doc) => {
      doc.rules.find((rule) => rule.id === "dti-max")!.when = "dti > 0.40";
    });
    const pinned = await api.call("PUT", `${base}/draft`, { token, body: { document: stricter, expectedVersion: 1 } });
    expect(pinned.status).toBe(409);
    expect(await json(pinned)).toMatchObject({ code: "version_immutable" });
    expect(await json(await api.call("GET", `${base}/versions/1`, { token }))).toEqual(before);

    // Without expectedVersion, the edit starts draft 2; version 1 stays byte-for-byte the same.
    const draft = await api.call("PUT", `${base}/draft`, { token, body: { document: stricter } });
    expect(draft.status).toBe(200);
    expect(await json(draft)).toMatchObject({ version: 2, status: "draft", hash: null });
    const edited = policy((doc) => {
      doc.rules.find((rule) => rule.id === "dti-max")!.when = "dti > 0.41";
    });
    const replaced = await api.call("PUT", `${base}/draft`, { token, body: { document: edited } });
    expect(await json(replaced)).toMatchObject({ version: 2, status: "draft" });
    expect(await json(await api.call("GET", `${base}/versions/1`, { token }))).toEqual(before);
    const [row] = await testDatabase.db
      .select()
      .from(ruleSetVersions)
      .where(and(eq(ruleSetVersions.tenantId, "immutable"), eq(ruleSetVersions.version, 1)));
    expect(hashRuleSet(row!.document)).toBe(row!.hash);

    const versions = await json(await api.call("GET", `${base}/versions`, { token }));
    expect((versions.data as Array<{ version: number; status: string }>).map((v) => [v.version, v.status])).toEqual([
      [1, "published"],
      [2, "draft"],
    ]);
  });

  it.each([
    {
      name: "unknown variable",
      edit: (doc: RuleSetDocument) => {
        doc.rules[3]!.when = "dti > maxDti";
      },
      // "dti > maxDti": maxDti starts at offset 6, column 7 (1-based).
      want: { code: "unknown_variable", pointer: "/document/rules/3/when", ruleId: "dti-max", line: 1, column: 7 },
    },
    {
      name: "unbalanced parentheses",
      edit: (doc: RuleSetDocument) => {
        doc.rules[1]!.when = "(creditScore < 580";
      },
      want: { code: "syntax_error", pointer: "/document/rules/1/when", ruleId: "score-floor", line: 1 },
    },
    {
      name: "type mismatch",
      edit: (doc: RuleSetDocument) => {
        doc.rules[7]!.when = 'monthlyIncome < "high"';
      },
      want: { code: "type_mismatch", pointer: "/document/rules/7/when", ruleId: "income-min" },
    },
  ])("refuses a document with $name: 422 with core's code, the rule id and the position", async ({ edit, want }) => {
    const token = await api.token("compile-errors");
    const response = await api.call("POST", "/v1/rule-sets", { token, body: { document: policy(edit, "bad") } });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem).toMatchObject({ code: want.code, status: 422, ruleSetError: want });
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: want.pointer, code: want.code })]);
    const list = await json(await api.call("GET", "/v1/rule-sets", { token }));
    expect(list.data).toEqual([]);
  });

  it("validate reports a supplied document's error precisely and changes nothing", async () => {
    const token = await api.token("validate");
    const created = await createRuleSet(token);
    const broken = policy((doc) => {
      doc.computed![0]!.expression = "monthlyDebt / ";
    });
    const response = await api.call("POST", `/v1/rule-sets/${created.id}/validate`, {
      token,
      body: { document: broken },
    });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({ valid: false, version: null, hash: null });
    expect(body.error).toMatchObject({
      code: "syntax_error",
      pointer: "/document/computed/0/expression",
      computed: "dti",
    });
    const after = await json(await api.call("GET", `/v1/rule-sets/${created.id}`, { token }));
    expect(after).toEqual(created);
  });

  it("refuses a second rule set with the same key, a changed key, and a bad reason map", async () => {
    const token = await api.token("conflicts");
    const created = await createRuleSet(token);
    const duplicate = await api.call("POST", "/v1/rule-sets", { token, body: { document: policy() } });
    expect(duplicate.status).toBe(409);
    expect(await json(duplicate)).toMatchObject({ code: "rule_set_exists" });
    const renamed = await api.call("PUT", `/v1/rule-sets/${created.id}/draft`, {
      token,
      body: { document: policy(() => {}, "other") },
    });
    expect(renamed.status).toBe(422);
    expect(await json(renamed)).toMatchObject({ code: "rule_set_key_mismatch" });
    const unmapped = await api.call("POST", "/v1/rule-sets", {
      token,
      body: { document: policy(() => {}, "mapped"), reasonStatements: { DTI_TOO_HIGH: { statementId: "bankruptcy" } } },
    });
    expect(unmapped.status).toBe(422);
    expect(await json(unmapped)).toMatchObject({
      code: "unmapped_reason_code",
      // The first code the document can emit (rule "no-credit-file") is the first one missing.
      ruleSetError: { pointer: "/reasonStatements/NO_CREDIT_FILE" },
    });
  });

  it("isolates tenants and checks scopes", async () => {
    const owner = await api.token("rs-owner");
    const stranger = await api.token("rs-stranger");
    const created = await createRuleSet(owner);
    const id = String(created.id);
    const attempts: Array<[string, string, unknown?]> = [
      ["GET", `/v1/rule-sets/${id}`],
      ["PUT", `/v1/rule-sets/${id}/draft`, { document: policy() }],
      ["POST", `/v1/rule-sets/${id}/validate`, {}],
      ["POST", `/v1/rule-sets/${id}/versions/1/publish`],
      ["GET", `/v1/rule-sets/${id}/versions`],
      ["GET", `/v1/rule-sets/${id}/versions/1`],
      ["POST", `/v1/rule-sets/${id}/versions/1/simulate`, { applications: [{}], baselineVersion: 1 }],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api.call(method, path, { token: stranger, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await json(response)).toMatchObject({ code: "rule_set_not_found" });
    }
    expect((await json(await api.call("GET", "/v1/rule-sets", { token: stranger }))).data).toEqual([]);

    const readOnly = await api.token("rs-owner", ["rule-sets:read"]);
    expect((await api.call("GET", `/v1/rule-sets/${id}`, { token: readOnly })).status).toBe(200);
    const refused = await api.call("POST", `/v1/rule-sets/${id}/versions/1/publish`, { token: readOnly });
    expect(refused.status).toBe(403);
    expect(await json(refused)).toMatchObject({ code: "insufficient_scope" });
    const writeOnly = await api.token("rs-owner", ["rule-sets:write"]);
    expect((await api.call("GET", `/v1/rule-sets/${id}`, { token: writeOnly })).status).toBe(403);
    const untouched = await json(await api.call("GET", `/v1/rule-sets/${id}`, { token: owner }));
    expect(untouched).toMatchObject({ draftVersion: 1, publishedVersion: null });
  });
});
