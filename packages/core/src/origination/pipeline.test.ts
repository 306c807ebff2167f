import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../money/index.js";
import { formatInstant } from "./instant.js";
import { type ApplicationCommand, type ApplicationState, applicationCommandTypes, transition } from "./lifecycle.js";
import { buildPipelineReport } from "./pipeline.js";
import type { PipelineApplication, StageVisit } from "./pipeline-history.js";
import { percentileOf } from "./pipeline-stages.js";

const H = 3_600_000;
const at = (day: number, hour: number) =>
  `2026-03-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;
const visit = (
  stage: string,
  state: ApplicationState,
  enteredAt: string,
  exitedAt?: string,
  dueAt?: string,
): StageVisit => ({
  stage,
  state,
  enteredAt,
  ...(exitedAt === undefined ? {} : { exitedAt }),
  ...(dueAt === undefined ? {} : { dueAt }),
});

const applications: PipelineApplication[] = [
  {
    id: "app_1",
    currency: "USD",
    amountMinor: 1_000_000n,
    visits: [
      visit("submitted", "submitted", at(1, 0), at(1, 2)),
      visit("review", "in_review", at(1, 2), at(2, 2), at(1, 10)),
      visit("approved", "approved", at(2, 2), at(2, 5)),
      visit("offered", "offered", at(2, 5), at(3, 5)),
      visit("accepted", "accepted", at(3, 5), at(3, 6)),
      visit("closing", "closing", at(3, 6), at(4, 6)),
      visit("funded", "funded", at(4, 6)),
    ],
  },
  {
    id: "app_2",
    currency: "USD",
    amountMinor: 500_000n,
    visits: [
      visit("submitted", "submitted", at(5, 0), at(5, 1)),
      visit("review", "in_review", at(5, 1), undefined, at(6, 1)),
    ],
  },
  {
    id: "app_3",
    currency: "EUR",
    amountMinor: 300_000n,
    visits: [
      visit("submitted", "submitted", at(8, 0), at(8, 4)),
      visit("review", "in_review", at(8, 4), at(8, 10)),
      visit("declined", "declined", at(8, 10)),
    ],
  },
  { id: "app_4", currency: "USD", amountMinor: 200_000n, visits: [visit("submitted", "submitted", at(9, 0))] },
];

describe("buildPipelineReport", () => {
  it("gives hand-worked figures for four applications", () => {
    const report = buildPipelineReport(applications, at(10, 0), { scale: 4, mode: "half-even" });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const byStage = Object.fromEntries(report.value.stages.map((s) => [s.stage, s]));
    expect(report.value.stages.map((s) => s.stage)).toEqual([
      "submitted",
      "review",
      "approved",
      "offered",
      "accepted",
      "closing",
      "funded",
      "declined",
    ]);
    // submitted: app_4 now (24 h old); dwells 2, 1, 4, 24 h → p50 = 2nd of 4 = 2 h, p90 = 4th = 24 h
    expect(byStage.submitted).toMatchObject({
      count: 1,
      amounts: [{ currency: "USD", amountMinor: 200_000n }],
      ageP50Ms: 24 * H,
      dwellP50Ms: 2 * H,
      dwellP90Ms: 24 * H,
    });
    // review: app_2 now, entered 03-05 01:00 → 119 h; dwells 24, 119, 6 h → p50 24 h, p90 119 h;
    // app_1 left after its due time, app_2 is still in it past due: 2 breaches, 1 open
    expect(byStage.review).toMatchObject({
      count: 1,
      ageP50Ms: 119 * H,
      ageP90Ms: 119 * H,
      dwellP50Ms: 24 * H,
      dwellP90Ms: 119 * H,
      slaBreaches: 2,
      openSlaBreaches: 1,
    });
    expect(byStage.funded).toMatchObject({
      count: 1,
      amounts: [{ currency: "USD", amountMinor: 1_000_000n }],
      dwellP50Ms: 138 * H,
    });
    expect(byStage.declined).toMatchObject({ count: 1, amounts: [{ currency: "EUR", amountMinor: 300_000n }] });
    expect(byStage.approved).toMatchObject({ count: 0, amounts: [], ageP50Ms: 0, dwellP50Ms: 3 * H });
    // bottleneck: highest median dwell among non-terminal stages: review, offered, closing all 24 h → first, review
    expect(report.value.bottleneck).toEqual({ stage: "review", dwellP50Ms: 24 * H });
    expect(report.value.slaBreaches).toBe(2);
    const { funnel } = report.value;
    expect([funnel.submitted, funnel.approved, funnel.accepted, funnel.funded]).toEqual([4, 1, 1, 1]);
    expect(
      [funnel.approvalRate, funnel.acceptanceRate, funnel.fundingRate, funnel.pullThroughRate].map(formatDecimal),
    ).toEqual(["0.2500", "1.0000", "1.0000", "0.2500"]);
  });

  it("reports a bad instant at its path, and zero ratios for an empty pipeline", () => {
    const bad = [{ ...applications[3]!, visits: [visit("submitted", "submitted", "March 9")] }];
    expect(buildPipelineReport(bad, at(10, 0), { scale: 4, mode: "half-even" })).toMatchObject({
      ok: false,
      error: { code: "invalid_instant", path: ["applications", 0, "visits", 0, "enteredAt"] },
    });
    const empty = buildPipelineReport([], at(10, 0), { scale: 2, mode: "half-even" });
    expect(empty.ok && formatDecimal(empty.value.funnel.pullThroughRate)).toBe("0.00");
    expect(empty.ok && empty.value.bottleneck).toBeUndefined();
  });

  it("nearest-rank percentiles", () => {
    expect([
      percentileOf([15, 20, 35, 40, 50], 30),
      percentileOf([15, 20, 35, 40, 50], 50),
      percentileOf([15, 20, 35, 40, 50], 100),
    ]).toEqual([20, 35, 50]);
    expect(percentileOf([], 50)).toBe(0);
  });
});

describe("pipeline properties", () => {
  const commands: fc.Arbitrary<ApplicationCommand> = fc.oneof(
    fc
      .constantFrom("approved", "declined", "referred")
      .map((outcome) => ({ type: "decide", outcome }) as ApplicationCommand),
    fc
      .constantFrom(...applicationCommandTypes.filter((t) => t !== "decide"))
      .map((type) => ({ type }) as ApplicationCommand),
  );
  /** A history from a random lifecycle walk with random dwell times (whole minutes). */
  const history = fc
    .record({
      currency: fc.constantFrom("USD", "EUR"),
      amountMinor: fc.bigInt({ min: 1n, max: 10n ** 10n }),
      steps: fc.array(fc.tuple(commands, fc.integer({ min: 0, max: 10_000 })), { maxLength: 25 }),
      open: fc.boolean(),
    })
    .map(({ currency, amountMinor, steps, open }) => {
      let state: ApplicationState = "draft";
      let clock = 0;
      const visits: StageVisit[] = [];
      for (const [command, minutes] of steps) {
        const next = transition(state, command);
        if (!next.ok) continue;
        const enteredAt = formatInstant(clock);
        clock += minutes * 60_000;
        if (visits.length > 0) visits[visits.length - 1] = { ...visits.at(-1)!, exitedAt: enteredAt };
        state = next.value;
        visits.push({ stage: state, state, enteredAt });
      }
      if (!open && visits.length > 0) visits[visits.length - 1] = { ...visits.at(-1)!, exitedAt: formatInstant(clock) };
      return { currency, amountMinor, visits };
    });

  it("counts and amounts add up, percentiles are ordered, the funnel narrows", () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 30 }), (histories) => {
        const apps = histories.map((h, i) => ({ id: `app_${i}`, ...h }));
        const report = buildPipelineReport(apps, formatInstant(10 ** 12), { scale: 6, mode: "half-even" });
        expect(report.ok).toBe(true);
        if (!report.ok) return;
        const current = apps.filter((a) => a.visits.length > 0 && a.visits.at(-1)!.exitedAt === undefined);
        expect(report.value.stages.reduce((n, s) => n + s.count, 0)).toBe(current.length);
        for (const currency of ["USD", "EUR"]) {
          const want = current.filter((a) => a.currency === currency).reduce((n, a) => n + a.amountMinor, 0n);
          const got = report.value.stages
            .flatMap((s) => s.amounts)
            .filter((m) => m.currency === currency)
            .reduce((n, m) => n + m.amountMinor, 0n);
          expect(got).toBe(want);
        }
        for (const s of report.value.stages) {
          expect(s.ageP50Ms).toBeLessThanOrEqual(s.ageP90Ms);
          expect(s.dwellP50Ms).toBeLessThanOrEqual(s.dwellP90Ms);
        }
        const { submitted, approved, accepted, funded } = report.value.funnel;
        expect(submitted >= approved && approved >= accepted && accepted >= funded).toBe(true);
      }),
    );
  });
});
