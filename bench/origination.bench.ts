/**
 * Origination: one application taken apply → submit → decide → accept → close → fund through the API
 * in-process (`origination.flow.in-process`, with the decision's share of it; baseline one stand-alone
 * decision), and the pipeline report over 100,000 applications (`reports.pipeline.100k`; baseline reading
 * the same rows). On PostgreSQL when DATABASE_URL is set (the goal is stated for it), else PGlite.
 */
import { sql } from "drizzle-orm";
import { demoProducts, demoUnderwritingRuleSet } from "../packages/core/src/demo/index.js";
import { createApp } from "../packages/server/src/app.js";
import { mintDevelopmentToken } from "../packages/server/src/auth/development-token.js";
import { demoRuleSetReasonStatements } from "../packages/server/src/demo/rule-set.js";
import { createIdGenerator } from "../packages/server/src/ids.js";
import { createLogger } from "../packages/server/src/logger.js";
import { pipelineReport } from "../packages/server/src/reports/pipeline-service.js";
import { allScopes } from "../packages/server/src/resources.js";
import { createTestDatabase } from "../packages/server/src/testing/test-database.js";
import { type Suite, timeResult } from "./harness.js";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const auth = { issuer: "bench", audience: "bench", keys: { kind: "secret" as const, secret: SECRET } };
type Database = Awaited<ReturnType<typeof createTestDatabase>>;
type Call = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

const bureau = {
  creditScore: 760,
  employmentMonths: 60,
  utilizationPercent: 20,
  inquiriesLast6Months: 1,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  bureauFlags: [],
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function apiFor(testDatabase: Database, tenant: string): Promise<Call> {
  const clock = () => new Date("2026-12-01T12:00:00Z");
  const app = createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth,
    logger: createLogger("silent"),
  });
  const token = await mintDevelopmentToken({
    tenant,
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
    now: clock(),
  });
  return async (method, path, body) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
}

async function flows(testDatabase: Database, count: number) {
  const call = await apiFor(testDatabase, "bench-origination");
  const post = (path: string, body?: unknown) => call("POST", path, body);
  const productId = (await post("/v1/products", demoProducts[0])).id;
  const ruleSet = await post("/v1/rule-sets", {
    document: demoUnderwritingRuleSet,
    reasonStatements: demoRuleSetReasonStatements,
  });
  await post(`/v1/rule-sets/${ruleSet.id}/versions/1/publish`);
  const party = await post("/v1/parties", {
    type: "individual",
    name: { first: "Ada", last: "Lovelace" },
    dateOfBirth: "1985-06-15",
    taxIdType: "ssn",
    taxId: "123-45-6789",
    addresses: [
      { kind: "residential", line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
    ],
    statedAnnualIncome: 8_500_000,
    currency: "USD",
  });
  const consents = (["credit_report", "electronic_records"] as const).map((type) => ({
    type,
    partyId: party.id,
    disclosureVersion: "2026-01",
    acceptedAt: "2026-12-01T11:00:00Z",
    ipAddress: "203.0.113.7",
  }));
  const form = {
    productId,
    amount: 1_500_000,
    currency: "USD",
    numberOfPayments: 36,
    purpose: "debt_consolidation",
    applicants: [{ partyId: party.id, role: "primary" }],
    collateral: { type: "none" },
    debts: [],
    assets: [],
    consents,
  };
  const totals: number[] = [];
  const decisions: number[] = [];
  const standalone: number[] = [];
  for (let i = 0; i < count + 5; i++) {
    const start = performance.now();
    const id = (await post("/v1/applications", form)).id;
    await post(`/v1/applications/${id}/submit`);
    const decideStart = performance.now();
    const offered = await post(`/v1/applications/${id}/decision`, { ruleSetId: ruleSet.id, facts: bureau });
    const decideMs = performance.now() - decideStart;
    if (offered.state !== "offered") throw new Error(`the flow's application was ${offered.state}`);
    const offers = (await call("GET", `/v1/applications/${id}/offers`)).data as Array<{ id: string }>;
    await post(`/v1/applications/${id}/offers/${offers[0]?.id}/accept`);
    await post(`/v1/applications/${id}/closing`, { fundingDate: "2026-12-01" });
    await post(`/v1/applications/${id}/fund`, { method: "ach", payeeName: "Ada Lovelace" });
    totals.push(performance.now() - start);
    decisions.push(decideMs);
    const plain = performance.now();
    await post("/v1/decisions", {
      ruleSetId: ruleSet.id,
      facts: {
        ...bureau,
        monthlyIncome: 708_333,
        monthlyDebt: 50_000,
        requestedAmount: 1_500_000,
        propertyValue: null,
        termMonths: 36,
        state: "NE",
      },
    });
    standalone.push(performance.now() - plain);
  }
  return { totals: totals.slice(5), decisions: decisions.slice(5), standalone: standalone.slice(5) };
}

/** 100,000 applications spread over the lifecycle, written in one statement. */
async function seedPipeline(testDatabase: Database, count: number): Promise<void> {
  await testDatabase.db.execute(sql`
    insert into applications (tenant_id, id, product_id, state, form, amount, currency, approvals, offers,
      state_history, version, created_by, created_at, updated_at)
    select 'bench-pipeline', 'app_' || lpad(n::text, 26, '0'), null, s.state, '{}'::jsonb, 100000 + n * 7, 'USD',
      '[]'::jsonb, '[]'::jsonb,
      (select jsonb_agg(jsonb_build_object('state', st, 'enteredAt',
          to_char(timestamp '2026-11-01' + (n % 1000) * interval '1 minute' + k * interval '7 hours',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'by', 'bench') order by k)
         from unnest(s.path) with ordinality as p(st, k)),
      1, 'bench', now(), now()
    from generate_series(1, ${count}) as n
    cross join lateral (select (array['draft', 'submitted', 'in_review', 'offered', 'accepted', 'closing', 'funded', 'declined'])[1 + n % 8] as state) as pick
    cross join lateral (select pick.state, case pick.state
        when 'draft' then array['draft']
        when 'submitted' then array['draft', 'submitted']
        when 'in_review' then array['draft', 'submitted', 'in_review']
        when 'offered' then array['draft', 'submitted', 'in_review', 'approved', 'offered']
        when 'accepted' then array['draft', 'submitted', 'in_review', 'approved', 'offered', 'accepted']
        when 'closing' then array['draft', 'submitted', 'in_review', 'approved', 'offered', 'accepted', 'closing']
        when 'funded' then array['draft', 'submitted', 'in_review', 'approved', 'offered', 'accepted', 'closing', 'funded']
        else array['draft', 'submitted', 'in_review', 'declined'] end as path) as s`);
  // Their stays, as moving them through the API writes them (and as migration 0023 backfills them).
  await testDatabase.db.execute(sql`
    insert into application_stage_visits (tenant_id, application_id, seq, state, entered_at, exited_at, due_at)
    select a.tenant_id, a.id, (h.ord - 1)::integer, h.visit->>'state', (h.visit->>'enteredAt')::timestamptz,
      (lead(h.visit->>'enteredAt') over (partition by a.id order by h.ord))::timestamptz,
      -- SLAs of 4 h in review and 24 h elsewhere before funding, as a product's stageSlaHours would set them.
      case when h.visit->>'state' not in ('funded', 'declined')
        then (h.visit->>'enteredAt')::timestamptz + case when h.visit->>'state' = 'in_review' then interval '4 hours'
          else interval '24 hours' end end
    from applications a, jsonb_array_elements(a.state_history) with ordinality as h(visit, ord)
    where a.tenant_id = 'bench-pipeline'`);
  // A live database's tables carry statistics and a current visibility map (autovacuum analyses them and,
  // since PostgreSQL 13, vacuums insert-mostly tables too): without statistics the planner guesses, and
  // without the map the report's index-only scans visit the heap (measured 2-2.5x slower right after the load).
  await testDatabase.db.execute(sql`vacuum analyze applications`);
  await testDatabase.db.execute(sql`vacuum analyze application_stage_visits`);
}

async function pipelineTimes(testDatabase: Database, count: number) {
  await seedPipeline(testDatabase, count);
  const report: number[] = [];
  const read: number[] = [];
  for (let round = 0; round < 5; round++) {
    const plain = performance.now();
    await testDatabase.db.execute(
      sql`select id, product_id, currency, amount, funding_date, state_history from applications where tenant_id = 'bench-pipeline'`,
    );
    read.push(performance.now() - plain);
    const start = performance.now();
    const result = await pipelineReport(testDatabase.db, "bench-pipeline", {}, new Date("2026-12-01T00:00:00Z"));
    if (!result.ok || result.value.applicationCount !== count) throw new Error("the pipeline report failed");
    report.push(performance.now() - start);
  }
  return { report: median(report), read: median(read) };
}

const suite: Suite = {
  name: "origination",
  async run() {
    const testDatabase = await createTestDatabase();
    try {
      const backend = testDatabase.database.kind;
      const flow = await flows(testDatabase, 30);
      const share = median(flow.decisions) / median(flow.totals);
      const pipeline = await pipelineTimes(testDatabase, 100_000);
      return [
        timeResult(
          "origination.flow.in-process",
          median(flow.totals) * 1000,
          median(flow.standalone) * 1000,
          `apply → submit → decide → offers → accept → close → fund via app.request (${backend}); the decision is ${(share * 100).toFixed(0)} % of a flow; baseline one POST /v1/decisions`,
        ),
        timeResult(
          "reports.pipeline.100k",
          pipeline.report * 1000,
          pipeline.read * 1000,
          `GET /v1/reports/pipeline's work over 100,000 applications and their stays, aggregated in SQL (${backend}); baseline reading the same applications' rows; goal < 500 ms on PostgreSQL`,
        ),
      ];
    } finally {
      await testDatabase.dispose();
    }
  },
};
export default suite;
