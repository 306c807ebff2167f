import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { workflowBody } from "./workflows-helpers.js";

// /v1/workflows on PGlite and (with DATABASE_URL) PostgreSQL: drafts checked by core's validateWorkflow,
// versions numbered per product, one published version in force, published versions immutable.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

async function product(token: string): Promise<string> {
  const created = await call("POST", "/v1/products", token, personalLoan());
  expect(created.status).toBe(201);
  return String(created.body.id);
}

describe("workflow versions", () => {
  it("numbers drafts per product, puts one in force and supersedes it on the next publication", async () => {
    const token = await api.token("wf-versions");
    const productId = await product(token);
    const first = await call("POST", "/v1/workflows", token, workflowBody(productId));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      object: "workflow",
      productId,
      version: 1,
      status: "draft",
      workingHours: { calendar: "us_federal", opensAt: "09:00", closesAt: "17:00", utcOffsetMinutes: 0 },
      createdBy: "user-of-wf-versions",
      publishedAt: null,
    });
    expect(first.body.stages).toEqual(workflowBody(productId).stages);
    const second = await call("POST", "/v1/workflows", token, workflowBody(productId));
    expect(second.body).toMatchObject({ version: 2, status: "draft" });
    const otherProduct = await call("POST", "/v1/workflows", token, workflowBody(await product(token)));
    expect(otherProduct.body.version).toBe(1);

    const published = await call("POST", `/v1/workflows/${first.body.id}/publish`, token);
    expect(published.body).toMatchObject({ status: "published", publishedBy: "user-of-wf-versions" });
    expect(published.body.publishedAt).toBe("2026-12-03T12:00:00.000Z");
    const again = await call("POST", `/v1/workflows/${first.body.id}/publish`, token);
    expect(again).toMatchObject({ status: 409, body: { code: "version_immutable" } });

    expect((await call("POST", `/v1/workflows/${second.body.id}/publish`, token)).body.status).toBe("published");
    const superseded = await call("GET", `/v1/workflows/${first.body.id}`, token);
    expect(superseded.body).toMatchObject({ status: "superseded", supersededAt: "2026-12-03T12:00:00.000Z" });
    const inForce = await call("GET", `/v1/workflows?productId=${productId}&status=published`, token);
    expect((inForce.body.data as Body[]).map((w) => w.version)).toEqual([2]);
    const all = await call("GET", `/v1/workflows?productId=${productId}`, token);
    expect((all.body.data as Body[]).map((w) => [w.version, w.status])).toEqual([
      [1, "superseded"],
      [2, "published"],
    ]);
    const republished = await call("POST", `/v1/workflows/${first.body.id}/publish`, token);
    expect(republished).toMatchObject({ status: 409, body: { code: "version_immutable" } });
  });

  it("refuses to publish a draft older than the version in force", async () => {
    const token = await api.token("wf-outdated");
    const productId = await product(token);
    const older = await call("POST", "/v1/workflows", token, workflowBody(productId));
    const newer = await call("POST", "/v1/workflows", token, workflowBody(productId));
    expect((await call("POST", `/v1/workflows/${newer.body.id}/publish`, token)).status).toBe(200);
    const refused = await call("POST", `/v1/workflows/${older.body.id}/publish`, token);
    expect(refused).toMatchObject({ status: 409, body: { code: "workflow_version_outdated" } });
    expect((await call("GET", `/v1/workflows/${older.body.id}`, token)).body.status).toBe("draft");
  });

  it("keeps one version in force when two are published at once", async () => {
    const token = await api.token("wf-race");
    const productId = await product(token);
    const drafts = [];
    for (let i = 0; i < 2; i++) drafts.push((await call("POST", "/v1/workflows", token, workflowBody(productId))).body);
    const outcomes = await Promise.all(drafts.map((d) => call("POST", `/v1/workflows/${d.id}/publish`, token)));
    expect(outcomes.every((o) => o.status === 200 || o.body.code === "workflow_version_outdated")).toBe(true);
    const inForce = await call("GET", `/v1/workflows?productId=${productId}&status=published`, token);
    expect((inForce.body.data as Body[]).map((w) => w.version)).toEqual([2]);
  });

  it("lists every problem of an invalid definition in one 422, and stores nothing", async () => {
    const token = await api.token("wf-invalid");
    const productId = await product(token);
    const valid = workflowBody(productId);
    const [intake, senior, review] = valid.stages as Body[];
    const task = ((intake?.tasks ?? []) as Body[])[0];
    const body = {
      ...valid,
      stages: [
        { ...intake, tasks: [{ ...task, role: "boss", sla: { unit: "fortnights", amount: 0 }, when: "income > 1" }] },
        { ...senior, id: "intake", entryCondition: "requestedAmount >" },
        { ...review, state: "offer" },
      ],
      conditions: [{ id: "x", kind: "prior_to_funding", description: "" }],
      workingHours: { calendar: "weekends_only", opensAt: "17:00", closesAt: "09:00", utcOffsetMinutes: 0 },
    };
    const refused = await call("POST", "/v1/workflows", token, body);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("invalid_workflow");
    const errors = (refused.body.errors as Array<{ pointer: string; code: string }>).map(
      (e) => `${e.pointer} ${e.code}`,
    );
    expect(errors).toEqual([
      "/stages/0/tasks/0/role invalid_role",
      "/stages/0/tasks/0/sla/unit invalid_sla_unit",
      "/stages/0/tasks/0/sla/amount invalid_sla_amount",
      "/stages/0/tasks/0/when unknown_variable",
      "/stages/1/id duplicate_id",
      "/stages/1/entryCondition syntax_error",
      "/stages/2/state invalid_state",
      "/stages missing_fallback_stage",
      "/conditions/0/kind invalid_condition_kind",
      "/conditions/0/description required",
      "/workingHours/closesAt invalid_working_hours",
    ]);
    const stored = await call("GET", `/v1/workflows?productId=${productId}`, token);
    expect(stored.body.data).toEqual([]);
  });

  it("is 404 for a product or workflow of another tenant", async () => {
    const tokenA = await api.token("wf-tenant-a");
    const tokenB = await api.token("wf-tenant-b");
    const setup = await setUpOrigination(api, tokenA);
    const created = await call("POST", "/v1/workflows", tokenA, workflowBody(setup.productId));
    const foreignProduct = await call("POST", "/v1/workflows", tokenB, workflowBody(setup.productId));
    expect(foreignProduct).toMatchObject({ status: 404, body: { code: "product_not_found" } });
    for (const [method, path] of [
      ["GET", `/v1/workflows/${created.body.id}`],
      ["POST", `/v1/workflows/${created.body.id}/publish`],
    ] as const) {
      expect(await call(method, path, tokenB)).toMatchObject({ status: 404, body: { code: "workflow_not_found" } });
    }
    expect((await call("GET", `/v1/workflows?productId=${setup.productId}`, tokenB)).body.data).toEqual([]);
  });
});
