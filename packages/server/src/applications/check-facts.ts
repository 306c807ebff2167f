import type { LocalDate } from "@lendstack/core/calendar";
import { summarizeCreditReport } from "@lendstack/core/credit-reporting";
import { divideRounded } from "@lendstack/core/money";
import { and, desc, eq } from "drizzle-orm";
import { type ReportWindow, reportInWindow } from "../credit-reports/latest.js";
import { identityChecks, screenings } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { screeningsStore } from "../screenings/store.js";
import type { StoredForm } from "./response-schemas.js";

// What the primary applicant's checks tell a rule set: the credit report in the window, the latest identity
// check and the sanctions screening. Only the inputs a rule-set version declares are looked up and sent.

/** Facts from the credit report; the later ones are the inputs of core's demo policy and demo scorecard. */
export const BUREAU_FACTS = [
  "creditScore",
  "bureauMonthlyDebt",
  "derogatoryCount",
  "revolvingUtilizationBasisPoints",
  "fraudAlert",
  "utilizationPercent",
  "inquiriesLast6Months",
  "delinquenciesLast24Months",
  "bureauFlags",
  "monthsSinceOldestTrade",
  "revolvingUtilizationPercent",
  "delinquencies30PlusLast24Months",
] as const;

/** The facts the checks supply, and the credit report (`crp_…`) the bureau facts among them came from. */
export interface CheckFacts {
  readonly facts: Readonly<Record<string, unknown>>;
  readonly creditReportId?: string;
}

/** When the facts are taken: the tenant, the instant (the report window ends at it) and the business date. */
export interface CheckFactsContext {
  readonly tenantId: string;
  readonly now: Date;
  readonly today: LocalDate;
}

/** Basis points as an exact percent decimal string: 9_500n → "95.00". */
function percentOf(basisPoints: bigint): string {
  return `${basisPoints / 100n}.${String(basisPoints % 100n).padStart(2, "0")}`;
}

/**
 * The bureau facts of a report pulled within the window: `creditScore` (null on a thin file),
 * `bureauMonthlyDebt` (minor units), `derogatoryCount` (derogatory items), `revolvingUtilizationBasisPoints`
 * (half-even; null without limits), `fraudAlert` (one in force today), and for the demo policy
 * `utilizationPercent` (whole percent, half-even), `inquiriesLast6Months`, `delinquenciesLast24Months` (tradelines
 * 30+ days late in 24 months) and `bureauFlags` (`FRAUD_ALERT`, as the demo policy reads it); for core's demo scorecard
 * `monthsSinceOldestTrade`, `revolvingUtilizationPercent` (exact, two places) and
 * `delinquencies30PlusLast24Months`; with the report's id.
 */
async function bureauFacts(
  executor: Executor,
  context: CheckFactsContext,
  partyId: string,
  window: ReportWindow,
): Promise<CheckFacts> {
  const used = await reportInWindow(executor, context.tenantId, partyId, context.now, window);
  if (used === undefined) return { facts: {} };
  const summary = summarizeCreditReport(used.report, { asOf: context.today, utilizationRounding: "half-even" });
  const basisPoints = summary.revolvingUtilization.basisPoints;
  const late = summary.derogatory.delinquentTradelines;
  const facts = {
    creditScore: summary.score,
    bureauMonthlyDebt: Number(summary.monthlyDebtMinor),
    derogatoryCount: summary.derogatory.derogatoryItems,
    revolvingUtilizationBasisPoints: basisPoints === null ? null : Number(basisPoints),
    fraudAlert: summary.hasFraudAlert,
    utilizationPercent: basisPoints === null ? 0 : Number(divideRounded(basisPoints, 100n, "half-even")),
    inquiriesLast6Months: summary.inquiriesLast6Months,
    delinquenciesLast24Months: late,
    bureauFlags: summary.hasFraudAlert ? ["FRAUD_ALERT"] : [],
    monthsSinceOldestTrade: summary.monthsSinceOldestTradeline,
    revolvingUtilizationPercent: basisPoints === null ? null : percentOf(basisPoints),
    delinquencies30PlusLast24Months: late,
  };
  return { facts, creditReportId: used.row.id };
}

/** The latest identity check's outcome: `pass`, `fail` or `review`. */
async function identityOutcome(executor: Executor, tenantId: string, partyId: string) {
  const [latest] = await executor
    .select({ outcome: identityChecks.outcome })
    .from(identityChecks)
    .where(and(eq(identityChecks.tenantId, tenantId), eq(identityChecks.partyId, partyId)))
    .orderBy(desc(identityChecks.createdAt), desc(identityChecks.id))
    .limit(1);
  return latest === undefined ? {} : { identityOutcome: latest.outcome };
}

/**
 * Where the party stands on sanctions once screened: `confirmed_match` (a hit confirmed), `potential_match`
 * (a hit open), else `clear` (never screened: no fact).
 */
async function sanctionsOutcome(executor: Executor, tenantId: string, partyId: string) {
  const [screened] = await executor
    .select({ id: screenings.id })
    .from(screenings)
    .where(and(eq(screenings.tenantId, tenantId), eq(screenings.partyId, partyId)))
    .limit(1);
  if (screened === undefined) return {};
  const statuses = new Set((await screeningsStore(executor, tenantId).hitsOfParty(partyId)).map((hit) => hit.status));
  if (statuses.has("confirmed")) return { sanctionsOutcome: "confirmed_match" };
  return { sanctionsOutcome: statuses.has("open") ? "potential_match" : "clear" };
}

/**
 * The facts the primary applicant's checks supply, for the declared inputs only: the bureau facts (see
 * `BUREAU_FACTS`) from their newest report pulled within the window, `identityOutcome` from their latest
 * identity check and `sanctionsOutcome` from their screenings. A check never run supplies nothing (the
 * caller may give the fact; else the decision is 422 `missing_fact`). With the id of the report the bureau
 * facts came from, so the decision can record it.
 *
 * @example
 * const { facts, creditReportId } = await checkFacts(tx, { tenantId, now, today }, form, new Set(["creditScore"]), { keyring, reuseDays: 30 });
 */
export async function checkFacts(
  executor: Executor,
  context: CheckFactsContext,
  form: StoredForm,
  declared: ReadonlySet<string>,
  window: ReportWindow,
): Promise<CheckFacts> {
  const partyId = (form.applicants ?? []).find((applicant) => applicant.role === "primary")?.partyId;
  if (partyId === undefined) return { facts: {} };
  const wants = (names: ReadonlyArray<string>) => names.some((name) => declared.has(name));
  const bureau = wants(BUREAU_FACTS) ? await bureauFacts(executor, context, partyId, window) : { facts: {} };
  return {
    facts: {
      ...bureau.facts,
      ...(wants(["identityOutcome"]) ? await identityOutcome(executor, context.tenantId, partyId) : {}),
      ...(wants(["sanctionsOutcome"]) ? await sanctionsOutcome(executor, context.tenantId, partyId) : {}),
    },
    ...(bureau.creditReportId === undefined ? {} : { creditReportId: bureau.creditReportId }),
  };
}
