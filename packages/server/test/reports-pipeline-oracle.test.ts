import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  applicationStates,
  buildPipelineReport,
  expectedClosings,
  type PipelineCandidate,
  type StageVisit,
} from "@lendstack/core/origination";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMigrationsFolder } from "../src/db/database.js";
import { applications } from "../src/db/schema/index.js";
import { pipelineReport, pipelineScope } from "../src/reports/pipeline-service.js";
import { pipelineStages } from "../src/reports/pipeline-stages.js";
import { personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The pipeline report aggregates stays in SQL; core's buildPipelineReport and expectedClosings over the
// same histories are the oracle. Random histories are stored as the API stores them (`state_history`),
// and the typed stays are built by migration 0023's own backfill statement and their SLA deadlines by
// 0032's, so both backfills are proven too.

let testDatabase: TestDatabase;
let api: TestApp;
const productIds: string[] = [];
const slaOf = new Map<string, Record<string, number>>();
const backfill = readFileSync(join(findMigrationsFolder(), "0023_application_stage_visits.sql"), "utf8")
  .split("--> statement-breakpoint")
  .map((statement) => statement.trim())
  .find((statement) => statement.startsWith('INSERT INTO "application_stage_visits"'));
const dueAtBackfill = readFileSync(join(findMigrationsFolder(), "0032_stage_visit_due_at.sql"), "utf8")
  .split("--> statement-breakpoint")
  .map((statement) => statement.replace(/^--.*$/gm, "").trim())
  .find((statement) => statement.startsWith('UPDATE "application_stage_visits"'));

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  const token = await api.token("oracle-products");
  for (const stageSlaHours of [
    { submitted: 24, in_review: 0.5 },
    { draft: 2, offered: 48, closing: 1.25 },
  ]) {
    const body = personalLoan({ origination: { stageSlaHours } });
    const created = (await (await api.call("POST", "/v1/products", { token, body })).json()) as { id: string };
    productIds.push(created.id);
    slaOf.set(created.id, stageSlaHours);
  }
});
afterAll(() => testDatabase.dispose());

const stateArbitrary = fc.constantFrom(...applicationStates);
const base = Date.parse("2026-11-01T00:00:00.000Z");
const applicationArbitrary = fc.record({
  states: fc.array(stateArbitrary, { minLength: 1, maxLength: 6 }),
  gaps: fc.array(fc.integer({ min: 0, max: 3 * 86_400_000 }), { minLength: 6, maxLength: 6 }),
  start: fc.integer({ min: 0, max: 20 * 86_400_000 }),
  product: fc.integer({ min: 0, max: 2 }),
  currency: fc.constantFrom("USD", "EUR", null),
  amount: fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: null }),
  fundingDate: fc.option(fc.constantFrom("2026-12-05", "2026-12-20"), { nil: null }),
});

type Generated = typeof applicationArbitrary extends fc.Arbitrary<infer T> ? T : never;

function historyOf(app: Generated) {
  let at = base + app.start;
  return app.states.map((state, i) => {
    if (i > 0) at += app.gaps[i] ?? 0;
    return { state, enteredAt: new Date(at).toISOString(), by: "oracle" };
  });
}

/** What the report used to compute in process: core over each history (the pre-0023 code path). */
function oracle(apps: ReadonlyArray<{ id: string; app: Generated }>, asOf: Date) {
  const candidates: PipelineCandidate[] = apps.map(({ id, app }) => {
    const history = historyOf(app);
    const productId = app.product < 2 ? productIds[app.product] : undefined;
    const sla = productId === undefined ? undefined : slaOf.get(productId);
    const visits: StageVisit[] = history.map((stay, i) => {
      const hours = sla?.[stay.state];
      const next = history[i + 1];
      return {
        stage: stay.state,
        state: stay.state as StageVisit["state"],
        enteredAt: stay.enteredAt,
        ...(next === undefined ? {} : { exitedAt: next.enteredAt }),
        ...(hours === undefined
          ? {}
          : { dueAt: new Date(Date.parse(stay.enteredAt) + hours * 3_600_000).toISOString() }),
      };
    });
    return {
      id,
      currency: app.currency ?? "XXX",
      amountMinor: app.amount ?? 0n,
      visits,
      ...(app.fundingDate === null ? {} : { fundingDate: app.fundingDate }),
    };
  });
  const report = buildPipelineReport(candidates, asOf.toISOString(), { scale: 4, mode: "half-even" });
  if (!report.ok) throw new Error(report.error.message);
  const order = (state: string) => (applicationStates as ReadonlyArray<string>).indexOf(state);
  const stages = [...report.value.stages].sort((a, b) => order(a.state) - order(b.state));
  const medians = new Map(stages.map((stage) => [stage.state as string, stage.dwellP50Ms]));
  return { report: report.value, stages, closings: expectedClosings(candidates, medians, asOf.toISOString()) };
}

const byCurrency = (amounts: ReadonlyArray<{ currency: string; amountMinor: bigint }>) =>
  [...amounts]
    .sort((a, b) => (a.currency < b.currency ? -1 : 1))
    .map((a) => ({ currency: a.currency, amount: Number(a.amountMinor) }));

let run = 0;
async function store(
  apps: ReadonlyArray<Generated>,
): Promise<{ tenant: string; ids: Array<{ id: string; app: Generated }> }> {
  run += 1;
  const tenant = `oracle-${run}`;
  const ids = apps.map((app, i) => ({ id: `app_${String(run).padStart(6, "0")}${String(i).padStart(20, "0")}`, app }));
  if (ids.length > 0) {
    await testDatabase.db.insert(applications).values(
      ids.map(({ id, app }) => {
        const history = historyOf(app);
        return {
          tenantId: tenant,
          id,
          productId: app.product < 2 ? (productIds[app.product] ?? null) : null,
          state: history.at(-1)?.state ?? "draft",
          form: {},
          amount: app.amount,
          currency: app.currency,
          approvals: [],
          offers: [],
          fundingDate: app.fundingDate,
          stateHistory: history,
          version: 1,
          createdBy: "oracle",
          createdAt: new Date(base),
          updatedAt: new Date(base),
        };
      }),
    );
  }
  await testDatabase.db.execute(sql`delete from application_stage_visits`);
  await testDatabase.db.execute(sql.raw(backfill ?? "select 1"));
  await testDatabase.db.execute(sql.raw(dueAtBackfill ?? "select 1"));
  return { tenant, ids };
}

describe("the pipeline report in SQL", () => {
  it("finds the backfill statements in migrations 0023 and 0032", () => {
    expect(backfill).toMatch(/jsonb_array_elements/);
    expect(dueAtBackfill).toMatch(/stageSlaHours/);
  });

  it("equals core's figures over the same histories (stages, funnel, bottleneck, closings)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(applicationArbitrary, { maxLength: 25 }),
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        async (apps, offset) => {
          const asOf = new Date(base + offset);
          const { tenant, ids } = await store(apps);
          await expectEqual(tenant, ids, asOf, undefined);
          await expectEqual(tenant, ids, asOf, productIds[0]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** The SQL report of the tenant (of one product's applications, when given) against the oracle. */
async function expectEqual(
  tenant: string,
  all: ReadonlyArray<{ id: string; app: Generated }>,
  asOf: Date,
  productId: string | undefined,
) {
  const ids = productId === undefined ? all : all.filter(({ app }) => productIds[app.product] === productId);
  const got = await pipelineReport(testDatabase.db, tenant, { productId }, asOf);
  if (!got.ok) throw new Error(got.error.message);
  const want = oracle(ids, asOf);
  const seconds = (ms: number) => Math.floor(ms / 1000);
  expect(got.value.applicationCount).toBe(ids.length);
  expect(got.value.stages).toEqual(
    want.stages.map((stage) => ({
      stage: stage.stage,
      state: stage.state,
      count: stage.count,
      amounts: byCurrency(stage.amounts),
      ageP50: seconds(stage.ageP50Ms),
      ageP90: seconds(stage.ageP90Ms),
      dwellP50: seconds(stage.dwellP50Ms),
      dwellP90: seconds(stage.dwellP90Ms),
      slaBreaches: stage.slaBreaches,
      openSlaBreaches: stage.openSlaBreaches,
    })),
  );
  // To the millisecond (the response shows whole seconds): the generated dwell and entry columns, the
  // per-state percentiles and the closings' dates are exactly core's.
  const exact = await pipelineStages(testDatabase.db, pipelineScope(tenant, { productId }, asOf));
  expect(exact.stages.map((stage) => ({ ...stage, amounts: byCurrency(stage.amounts) }))).toEqual(
    want.stages.map((stage) => ({ ...stage, amounts: byCurrency(stage.amounts) })),
  );
  expect(got.value.funnel).toMatchObject({
    submitted: want.report.funnel.submitted,
    approved: want.report.funnel.approved,
    accepted: want.report.funnel.accepted,
    funded: want.report.funnel.funded,
  });
  expect(got.value.slaBreaches).toBe(want.report.slaBreaches);
  expect(got.value.expectedClosings).toEqual(
    want.closings.map((closing) => ({
      date: closing.date,
      count: closing.count,
      amounts: byCurrency(closing.amounts),
    })),
  );
}
