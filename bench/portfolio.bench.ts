/**
 * Portfolio operations: the daily close of a book of 10,000 in-memory loans (core only, no database)
 * — `closeDay` from each loan's saved state, against a full `replay` of the loan — and the portfolio
 * report over 100,000 loan summaries, against a plain float tally of the same figures.
 */
import { addDays, addMonths, date, type LocalDate } from "../packages/core/src/calendar/index.js";
import { InvariantError, unwrap } from "../packages/core/src/errors/index.js";
import { defaultDelinquencyBuckets } from "../packages/core/src/products/index.js";
import { buildPortfolioReport, type LoanSummary, summarizeLoan } from "../packages/core/src/reporting/index.js";
import { validateScheduleTerms } from "../packages/core/src/schedule/index.js";
import {
  closeDay,
  type Loan,
  type LoanEvent,
  type LoanState,
  replay,
  type ServicingPolicy,
} from "../packages/core/src/servicing/index.js";
import { microsecondsPerCall, type Suite, timeResult } from "./harness.js";

const policy: ServicingPolicy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: 2_500n }, graceDays: 15 },
  delinquencyBuckets: defaultDelinquencyBuckets,
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};

/** A deterministic book (LCG, so every run measures the same loans). */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const closeFrom = date("2026-06-14");
const closeTo: LocalDate = addDays(closeFrom, 1);

interface BookLoan {
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
}

/**
 * Consumer loans disbursed over the two years before the close: 12-60 monthly payments, 5-25 % a year,
 * $1,000-$50,000. Most pay every installment on its due date; some stopped paying 1-6 installments ago
 * (so the book has every delinquency bucket). Payments are a fixed $ amount near the installment.
 */
function makeBook(count: number): BookLoan[] {
  const random = makeRandom(42);
  const book: BookLoan[] = [];
  for (let i = 0; i < count; i++) {
    const disbursement = addDays(date("2024-06-15"), random(700));
    const months = [12, 24, 36, 48, 60][random(5)] as number;
    const principal = BigInt(100_000 + random(4_900_000));
    const terms = unwrap(
      validateScheduleTerms({
        currency: "USD",
        principalMinor: principal,
        annualRatePercent: String(5 + random(21)),
        disbursementDate: disbursement,
        firstPaymentDate: addMonths(disbursement, 1),
        numberOfPayments: months,
        frequency: "monthly",
        interestMethod: "declining-balance",
        amortization: "equal-installments",
        interestCalculation: "periodic",
        dayCount: "actual/365-fixed",
        rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
      }),
    );
    const missed = random(10) < 8 ? 0 : 1 + random(6);
    const events: LoanEvent[] = [
      { id: `d${i}`, type: "disbursement", effectiveDate: disbursement, amountMinor: principal },
    ];
    const installment = (principal * 11n) / BigInt(months * 10) + 1_000n;
    for (let k = 1; ; k++) {
      const due = addMonths(disbursement, k);
      if (due > addMonths(closeFrom, -missed) || k > months) break;
      events.push({ id: `p${i}-${k}`, type: "payment", effectiveDate: due, amountMinor: installment });
    }
    book.push({ loan: { terms, policy }, events });
  }
  return book;
}

const book = makeBook(10_000);
const saved: LoanState[] = book.map(({ loan, events }) => unwrap(replay(loan, events, closeFrom)));

function closeAll(): number {
  let count = 0;
  for (let i = 0; i < saved.length; i++) {
    const state = closeDay(saved[i] as LoanState, closeTo);
    if (summarizeLoan(`loan_${i}`, state).daysPastDue >= 0) count++;
  }
  return count;
}

const replaySample = book.slice(0, 500);
function replaySampleAll(): number {
  let count = 0;
  for (let i = 0; i < replaySample.length; i++) {
    const { loan, events } = replaySample[i] as BookLoan;
    if (summarizeLoan(`loan_${i}`, unwrap(replay(loan, events, closeTo))).daysPastDue >= 0) count++;
  }
  return count;
}

/** The close must equal a replay (DESIGN: a cached snapshot only if provably equal); checked on the sample. */
function checkCloseEqualsReplay(): void {
  for (let i = 0; i < replaySample.length; i++) {
    const { loan, events } = replaySample[i] as BookLoan;
    const closed = JSON.stringify(summarizeLoan("x", closeDay(saved[i] as LoanState, closeTo)), (_, v) => String(v));
    const replayed = JSON.stringify(summarizeLoan("x", unwrap(replay(loan, events, closeTo))), (_, v) => String(v));
    if (closed !== replayed) throw new InvariantError(`loan ${i}: closeDay ${closed} != replay ${replayed}`);
  }
}

const closedSummaries = saved.map((state, i) => summarizeLoan(`loan_${i}`, closeDay(state, closeTo)));
const summaries100k: LoanSummary[] = [];
for (let copy = 0; copy < 10; copy++) {
  for (const s of closedSummaries) summaries100k.push({ ...s, loanId: `${s.loanId}_${copy}` });
}
const reportOptions = {
  buckets: defaultDelinquencyBuckets,
  parDays: [30, 60, 90],
  ratio: { scale: 6, mode: "half-even" as const },
};

/** Baseline: the same totals in doubles (principal per bucket, PAR30/60/90), no exactness, no checks. */
const floatBook = summaries100k.map((s) => ({
  dpd: s.daysPastDue,
  principal: Number(s.principalMinor),
  active: s.status === "active",
}));
function floatReport(): number[] {
  const totals = new Array<number>(10).fill(0);
  for (const loan of floatBook) {
    if (!loan.active) continue;
    totals[0] = (totals[0] ?? 0) + loan.principal;
    const bucket = loan.dpd === 0 ? 1 : loan.dpd <= 30 ? 2 : loan.dpd <= 60 ? 3 : loan.dpd <= 90 ? 4 : 5;
    totals[bucket] = (totals[bucket] ?? 0) + loan.principal;
    if (loan.dpd >= 30) totals[6] = (totals[6] ?? 0) + loan.principal;
    if (loan.dpd >= 60) totals[7] = (totals[7] ?? 0) + loan.principal;
    if (loan.dpd >= 90) totals[8] = (totals[8] ?? 0) + loan.principal;
  }
  return totals;
}

const suite: Suite = {
  name: "portfolio",
  run() {
    checkCloseEqualsReplay();
    const closeUs = microsecondsPerCall(closeAll, { samples: 7, sampleMs: 200 }) / saved.length;
    const replayUs = microsecondsPerCall(replaySampleAll, { samples: 7, sampleMs: 200 }) / replaySample.length;
    const reportUs = microsecondsPerCall(() => buildPortfolioReport(summaries100k, closeTo, reportOptions), {
      samples: 7,
      sampleMs: 200,
    });
    const floatUs = microsecondsPerCall(floatReport, { samples: 7, sampleMs: 200 });
    const millionCloseS = (closeUs * 1_000_000) / 1e6;
    const millionReplayS = (replayUs * 1_000_000) / 1e6;
    const millionReportS = (reportUs * 10) / 1e6;
    return [
      timeResult(
        "portfolio.close-day.loan",
        closeUs,
        replayUs,
        `per loan, 10,000 loans (12-60 months, 20 % delinquent), closeDay + summary; baseline full replay (500 loans); ` +
          `1M loans ≈ ${millionCloseS.toFixed(1)} s CPU by closeDay, ${millionReplayS.toFixed(0)} s by replay`,
      ),
      timeResult(
        "portfolio.report.100k",
        reportUs,
        floatUs,
        `buildPortfolioReport over 100,000 summaries (exact bigint sums, Decimal ratios); baseline float tally; ` +
          `1M ≈ ${millionReportS.toFixed(2)} s`,
      ),
    ];
  },
};
export default suite;
