import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeForm, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// GET /v1/reports/pipeline over applications moved through the API on a test clock: stage counts and
// amounts, dwell, SLA breaches, the funnel, the bottleneck and expected closings.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-01T09:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const hour = 3_600_000;

describe("the pipeline report", () => {
  it("counts stages, measures dwell against the SLA and builds the funnel", async () => {
    const tenant = "pipeline";
    let token = await api.token(tenant);
    const setup = await setUpOrigination(api, token, { stageSlaHours: { submitted: 2 } });
    const post = async (path: string, body?: unknown) => {
      const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
      expect(response.status, path).toBeLessThan(300);
      return json(response);
    };
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(String((await post("/v1/applications", completeForm(setup))).id));
    for (const id of ids.slice(0, 3)) await post(`/v1/applications/${id}/submit`);
    api.clock.advance(3 * hour); // the submitted ones wait 3 h against a 2 h SLA
    token = await api.token(tenant);
    const decide = { ruleSetId: setup.ruleSetId, facts: primeBureauFacts };
    for (const id of ids.slice(0, 2)) await post(`/v1/applications/${id}/decision`, decide);
    const offers = await json(await api.call("GET", `/v1/applications/${ids[0]}/offers`, { token }));
    const [offer] = offers.data as Array<{ id: string }>;
    await post(`/v1/applications/${ids[0]}/offers/${offer?.id}/accept`);
    await post(`/v1/applications/${ids[0]}/closing`, { fundingDate: "2026-12-05" });
    await post(`/v1/applications/${ids[0]}/fund`, { method: "wire", payeeName: "Ada Lovelace" });
    api.clock.advance(hour);
    token = await api.token(tenant);

    const report = await json(await api.call("GET", "/v1/reports/pipeline", { token }));
    expect(report).toMatchObject({ object: "pipeline_report", applicationCount: 4 });
    const stages = new Map((report.stages as Array<Record<string, unknown>>).map((s) => [s.state, s]));
    expect(stages.get("draft")).toMatchObject({ count: 1, amounts: [{ currency: "USD", amount: 1_500_000 }] });
    // Submitted: one still there (4 h old, 1 open breach); all three visits breached the 2 h SLA.
    expect(stages.get("submitted")).toMatchObject({ count: 1, ageP50: 4 * 3600, slaBreaches: 3, openSlaBreaches: 1 });
    expect(stages.get("offered")).toMatchObject({ count: 1 });
    expect(stages.get("funded")).toMatchObject({ count: 1 });
    expect(report.funnel).toEqual({
      submitted: 3,
      approved: 2,
      accepted: 1,
      funded: 1,
      approvalRate: "0.6667",
      acceptanceRate: "0.5000",
      fundingRate: "1.0000",
      pullThroughRate: "0.3333",
    });
    expect(report.bottleneck).toEqual({ stage: "submitted", dwellP50: 3 * 3600 });
    expect(report.slaBreaches).toBe(3);
    // The three open applications (draft, submitted, offered) are expected to close; the funded one is done.
    const closings = report.expectedClosings as Array<{ date: string; count: number }>;
    expect(closings.reduce((sum, closing) => sum + closing.count, 0)).toBe(3);
    expect(closings.every((closing) => closing.date >= "2026-12-01")).toBe(true);
    const filtered = await json(
      await api.call("GET", `/v1/reports/pipeline?productId=prd_01JGFJJZ0000000000000000AB`, { token }),
    );
    expect(filtered).toMatchObject({ applicationCount: 0, stages: [], bottleneck: null });
    const other = await json(await api.call("GET", "/v1/reports/pipeline", { token: await api.token("other") }));
    expect(other.applicationCount).toBe(0);
  });

  it("judges each stay by the SLA its product gave the state when the stay began", async () => {
    const tenant = "pipeline-sla-change";
    let token = await api.token(tenant);
    const setup = await setUpOrigination(api, token, { stageSlaHours: { submitted: 2 } });
    const submitOne = async () => {
      const created = await json(await api.call("POST", "/v1/applications", { token, body: completeForm(setup) }));
      const submitted = await api.call("POST", `/v1/applications/${created.id}/submit`, { token });
      expect(submitted.status).toBe(200);
    };
    await submitOne();
    // A new product version gives submissions ten hours; the stay already under way keeps its two.
    const body = personalLoan({ origination: { stageSlaHours: { submitted: 10 } } });
    const updated = await api.call("PUT", `/v1/products/${setup.productId}`, { token, body });
    expect(updated.status).toBe(200);
    await submitOne();
    api.clock.advance(3 * hour);
    token = await api.token(tenant);
    const report = await json(await api.call("GET", "/v1/reports/pipeline", { token }));
    const stages = new Map((report.stages as Array<Record<string, unknown>>).map((s) => [s.state, s]));
    expect(stages.get("submitted")).toMatchObject({ count: 2, slaBreaches: 1, openSlaBreaches: 1 });
  });
});
