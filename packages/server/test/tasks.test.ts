import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { allScopes } from "../src/resources.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { createTestApp, TEST_AUTH, TEST_SECRET, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { publishWorkflow } from "./workflows-helpers.js";

// Tasks on PGlite and (with DATABASE_URL) PostgreSQL: created by the product's published workflow when an
// application changes state, due by their SLAs; claimed, completed by the assignee, reassigned by a manager.
// The clock starts Thursday 2026-12-03 12:00 UTC (working hours 09:00-17:00 UTC, US federal holidays).

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

const asUser = (tenant: string, subject: string, scopes = allScopes()) =>
  mintDevelopmentToken({
    tenant,
    scopes,
    secret: TEST_SECRET,
    issuer: TEST_AUTH.issuer,
    audience: TEST_AUTH.audience,
    now: api.clock(),
    subject,
  });

const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

async function submitted(token: string, setup: OriginationSetup, form: Body = {}): Promise<Body> {
  const draft = await call("POST", "/v1/applications", token, completeForm(setup, form));
  expect(draft.status).toBe(201);
  const moved = await call("POST", `/v1/applications/${draft.body.id}/submit`, token);
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  return moved.body;
}

async function tasksOf(token: string, applicationId: unknown): Promise<Body[]> {
  return (await call("GET", `/v1/tasks?applicationId=${applicationId}`, token)).body.data as Body[];
}

describe("tasks created on a state change", () => {
  it("creates the entered stage's tasks, due by their SLAs, with an audit record and an event", async () => {
    const token = await api.token("tasks-created");
    const setup = await setUpOrigination(api, token);
    const workflow = await publishWorkflow(api, token, setup.productId);
    const application = await submitted(token, setup);
    const [verify, ...others] = await tasksOf(token, application.id);
    expect(others).toEqual([]);
    expect(verify).toMatchObject({
      object: "task",
      applicationId: application.id,
      workflowId: workflow.id,
      workflowVersion: 1,
      stageId: "intake",
      templateId: "verify-income",
      queue: "verifications",
      role: "processor",
      status: "open",
      assignee: null,
      dueAt: "2026-12-04T17:00:00.000Z", // 1 business day: Friday at close
      overdue: false,
      createdAt: "2026-12-03T12:00:00.000Z",
    });
    const events = await call("GET", `/v1/events?type=task.created&resourceId=${verify?.id}`, token);
    expect((events.body.data as Body[]).map((e) => (e.data as Body).templateId)).toEqual(["verify-income"]);
    const audit = await call("GET", `/v1/audit-records?resourceId=${verify?.id}`, token);
    expect((audit.body.data as Body[]).map((r) => r.action)).toEqual(["task.created"]);

    const decision = await call("POST", `/v1/applications/${application.id}/decision`, token, {
      ruleSetId: setup.ruleSetId,
      facts: { ...primeBureauFacts, creditScore: null },
    });
    expect(decision.body.state).toBe("referred");
    const review = (await tasksOf(token, application.id)).map((t) => [t.templateId, t.role, t.dueAt]);
    // 4 business hours from Thursday 12:00 → 16:00 the same day.
    expect(review).toEqual([
      ["verify-income", "processor", "2026-12-04T17:00:00.000Z"],
      ["review-file", "underwriter", "2026-12-03T16:00:00.000Z"],
    ]);
  });

  it("creates only the tasks whose condition holds, and none without a published workflow", async () => {
    const token = await api.token("tasks-conditions");
    const setup = await setUpOrigination(api, token);
    const before = await submitted(token, setup);
    expect(await tasksOf(token, before.id)).toEqual([]);
    await publishWorkflow(api, token, setup.productId);
    const small = await submitted(token, setup, { amount: 500_000 });
    expect(await tasksOf(token, small.id)).toEqual([]);
    const large = await submitted(token, setup, { amount: 2_500_000 });
    const decision = await call("POST", `/v1/applications/${large.id}/decision`, token, {
      ruleSetId: setup.ruleSetId,
      facts: { ...primeBureauFacts, creditScore: null },
    });
    expect(decision.body.state).toBe("referred");
    const templates = (await tasksOf(token, large.id)).map((t) => [t.stageId, t.templateId]);
    expect(templates).toEqual([
      ["intake", "verify-income"],
      ["senior-review", "senior-file-review"],
    ]);
  });

  it("refuses the state change when the workflow needs a fact the application cannot supply", async () => {
    const token = await api.token("tasks-missing-fact");
    const setup = await setUpOrigination(api, token);
    await publishWorkflow(api, token, setup.productId, {
      facts: [
        { name: "requestedAmount", type: "number" },
        { name: "creditScore", type: "number" },
      ],
    });
    const draft = await call("POST", "/v1/applications", token, completeForm(setup));
    const refused = await call("POST", `/v1/applications/${draft.body.id}/submit`, token);
    expect(refused).toMatchObject({ status: 422, body: { code: "missing_fact" } });
    expect((await call("GET", `/v1/applications/${draft.body.id}`, token)).body.state).toBe("draft");
    expect(await tasksOf(token, draft.body.id)).toEqual([]);
  });
});

describe("claim, complete, reassign", () => {
  it("lets only a token holding the task's role (or roles:admin) claim it", async () => {
    const tenant = "tasks-roles";
    const lead = await asUser(tenant, "lead");
    const setup = await setUpOrigination(api, lead);
    await publishWorkflow(api, lead, setup.productId);
    const worker = (subject: string, roles: string[]) =>
      asUser(tenant, subject, ["tasks:read", "tasks:write", ...roles.map((name) => `roles:${name}`)]);
    const [first] = await tasksOf(lead, (await submitted(lead, setup)).id);
    const [second] = await tasksOf(lead, (await submitted(lead, setup)).id);
    expect([first?.role, second?.role]).toEqual(["processor", "processor"]);
    const claim = async (task: Body | undefined, token: string) => call("POST", `/v1/tasks/${task?.id}/claim`, token);

    const refused = await claim(first, await worker("uri", ["underwriter", "closer"]));
    expect(refused).toMatchObject({ status: 403, body: { code: "task_role_mismatch" } });
    expect(refused.body.detail).toBe(
      `Task ${first?.id} is for the processor role; claiming it needs the scope roles:processor (or roles:admin).`,
    );
    expect(await claim(first, await worker("nobody", []))).toMatchObject({ status: 403 });
    expect((await call("GET", `/v1/tasks/${first?.id}`, lead)).body).toMatchObject({ status: "open", assignee: null });

    expect((await claim(first, await worker("pia", ["processor"]))).body).toMatchObject({ assignee: "pia" });
    expect((await claim(second, await worker("ada", ["admin"]))).body).toMatchObject({ assignee: "ada" });
  });

  it("lets one person claim and complete a task, and a manager reassign it", async () => {
    const tenant = "tasks-work";
    const ann = await asUser(tenant, "ann");
    const bob = await asUser(tenant, "bob");
    const setup = await setUpOrigination(api, ann);
    await publishWorkflow(api, ann, setup.productId);
    const application = await submitted(ann, setup);
    const [task] = await tasksOf(ann, application.id);
    const path = `/v1/tasks/${task?.id}`;

    expect(await call("POST", `${path}/complete`, ann, { outcome: "verified" })).toMatchObject({
      status: 403,
      body: { code: "not_task_assignee" },
    });
    const claimed = await call("POST", `${path}/claim`, ann);
    expect(claimed.body).toMatchObject({ status: "claimed", assignee: "ann", claimedAt: "2026-12-03T12:00:00.000Z" });
    expect((await call("POST", `${path}/claim`, ann)).body).toMatchObject({ status: "claimed", assignee: "ann" });
    expect(await call("POST", `${path}/claim`, bob)).toMatchObject({ status: 409, body: { code: "task_claimed" } });
    expect(await call("POST", `${path}/complete`, bob, { outcome: "verified" })).toMatchObject({
      status: 403,
      body: { code: "not_task_assignee" },
    });
    const worker = await asUser(tenant, "carl", ["tasks:read", "tasks:write"]);
    const unscoped = await call("POST", `${path}/reassign`, worker, { assignee: "carl" });
    expect(unscoped).toMatchObject({ status: 403, body: { code: "insufficient_scope" } });
    const reassigned = await call("POST", `${path}/reassign`, ann, { assignee: "bob" });
    expect(reassigned.body).toMatchObject({ status: "claimed", assignee: "bob" });
    expect((await call("GET", `/v1/tasks?assignee=bob`, bob)).body.data).toMatchObject([{ id: task?.id }]);

    const completed = await call("POST", `${path}/complete`, bob, { outcome: "verified", note: "two pay stubs" });
    expect(completed.body).toMatchObject({
      status: "completed",
      completedBy: "bob",
      outcome: "verified",
      note: "two pay stubs",
      completedAt: "2026-12-03T12:00:00.000Z",
    });
    for (const [action, body] of [
      ["claim", undefined],
      ["complete", { outcome: "again" }],
      ["reassign", { assignee: "ann" }],
    ] as const) {
      const refused = await call("POST", `${path}/${action}`, bob, body);
      expect(refused, action).toMatchObject({ status: 409, body: { code: "task_completed" } });
    }
    const events = await call("GET", `/v1/events?type=task.*&resourceId=${task?.id}`, ann);
    expect((events.body.data as Body[]).map((e) => e.type)).toEqual([
      "task.created",
      "task.claimed",
      "task.claimed",
      "task.reassigned",
      "task.completed",
    ]);
    const audit = await call("GET", `/v1/audit-records?resourceId=${task?.id}`, ann);
    expect((audit.body.data as Body[]).map((r) => r.action)).toEqual([
      "task.created",
      "task.claimed",
      "task.reassigned",
      "task.completed",
    ]);
  });

  it("lets exactly one of two simultaneous claims win", async () => {
    const tenant = "tasks-race";
    const ann = await asUser(tenant, "ann");
    const setup = await setUpOrigination(api, ann);
    await publishWorkflow(api, ann, setup.productId);
    const [task] = await tasksOf(ann, (await submitted(ann, setup)).id);
    const claims = await Promise.all(
      ["ann", "bob"].map(async (subject) => call("POST", `/v1/tasks/${task?.id}/claim`, await asUser(tenant, subject))),
    );
    expect(claims.map((claim) => claim.status).sort()).toEqual([200, 409]);
    const winner = claims.find((claim) => claim.status === 200)?.body.assignee;
    expect((await call("GET", `/v1/tasks/${task?.id}`, ann)).body.assignee).toBe(winner);
  });

  it("filters by status, role and overdue, and is 404 for another tenant's task", async () => {
    const token = await api.token("tasks-filters");
    const setup = await setUpOrigination(api, token);
    await publishWorkflow(api, token, setup.productId);
    const application = await submitted(token, setup);
    await call("POST", `/v1/applications/${application.id}/decision`, token, {
      ruleSetId: setup.ruleSetId,
      facts: { ...primeBureauFacts, creditScore: null },
    });
    let reader = token;
    const list = async (query: string) =>
      ((await call("GET", `/v1/tasks?${query}`, reader)).body.data as Body[]).map((t) => t.templateId);
    expect(await list("role=underwriter")).toEqual(["review-file"]);
    expect(await list("status=open")).toEqual(["verify-income", "review-file"]);
    expect(await list("overdue=true")).toEqual([]);
    api.clock.advance(5 * 60 * 60 * 1000); // Thursday 17:00: review-file (due 16:00) is late
    reader = await api.token("tasks-filters"); // tokens live an hour
    expect(await list("overdue=true")).toEqual(["review-file"]);
    expect(await list("overdue=false")).toEqual(["verify-income"]);
    const [late] = (await call("GET", "/v1/tasks?overdue=true", reader)).body.data as Body[];
    expect(late?.overdue).toBe(true);

    const other = await api.token("tasks-filters-b");
    for (const [method, path] of [
      ["GET", `/v1/tasks/${late?.id}`],
      ["POST", `/v1/tasks/${late?.id}/claim`],
    ] as const) {
      expect(await call(method, path, other)).toMatchObject({ status: 404, body: { code: "task_not_found" } });
    }
    expect((await call("GET", `/v1/tasks?applicationId=${application.id}`, other)).body.data).toEqual([]);
  });
});
