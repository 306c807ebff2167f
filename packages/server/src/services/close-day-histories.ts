import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { decimal } from "@lendstack/core/money";
import { demoProducts, toScheduleTerms } from "@lendstack/core/products";
import { type Loan, type LoanEvent, policyFromProduct } from "@lendstack/core/servicing";
import fc from "fast-check";

// Test support (fast-check arbitraries), not used by the server itself: loans made from core's demo
// products the way boarding makes them (toScheduleTerms + policyFromProduct), with random servicing
// histories — payments on, before and after due dates, missed installments, fees, waivers, reversals
// with NSF fees, rate changes and payment holidays — for the loan-state codec and close-day properties.

/** A loan, its events (sequence = postedAt from 1), and the day it was disbursed. */
export interface LoanHistory {
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
  readonly disbursed: LocalDate;
}

function loanOf(productIndex: number, amountShare: number, disbursed: LocalDate): Loan {
  const product = demoProducts[productIndex % demoProducts.length];
  if (product === undefined) throw new Error("core has no demo products");
  const { minMinor, maxMinor } = product.amountLimits;
  const amountMinor = BigInt(minMinor) + (BigInt(maxMinor - minMinor) * BigInt(amountShare)) / 1000n;
  const terms = toScheduleTerms(product, { amountMinor, disbursementDate: disbursed });
  if (!terms.ok) throw new Error(`${product.name}: ${terms.error.message}`);
  const policy = policyFromProduct(product, "accrual");
  if (!policy.ok) throw new Error(`${product.name}: ${policy.error.message}`);
  return { terms: terms.value, policy: policy.value };
}

type Step =
  | { readonly kind: "payment"; readonly offset: number; readonly amountMinor: bigint }
  | { readonly kind: "fee"; readonly offset: number; readonly amountMinor: bigint }
  | { readonly kind: "waiver"; readonly offset: number; readonly amountMinor: bigint }
  | { readonly kind: "reversal"; readonly offset: number; readonly nsf: boolean }
  | { readonly kind: "rate"; readonly offset: number; readonly hundredths: number }
  | { readonly kind: "holiday"; readonly offset: number; readonly installments: number };

const offset = fc.integer({ min: 0, max: 400 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({ kind: fc.constant("payment"), offset, amountMinor: fc.bigInt({ min: 1n, max: 400_000n }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("fee"), offset, amountMinor: fc.bigInt({ min: 1n, max: 5_000n }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("waiver"), offset, amountMinor: fc.bigInt({ min: 1n, max: 2_500n }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reversal"), offset, nsf: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("rate"), offset, hundredths: fc.integer({ min: 0, max: 3_000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("holiday"), offset, installments: fc.integer({ min: 1, max: 2 }) }),
  },
);

const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? b : a);

/** Events of the steps, in posting order; reversals and waivers point at the latest earlier payment/fee. */
function eventsOf(steps: ReadonlyArray<Step>, disbursed: LocalDate, principalMinor: bigint): LoanEvent[] {
  const events: LoanEvent[] = [
    { id: "dsb", type: "disbursement", effectiveDate: disbursed, amountMinor: principalMinor, postedAt: 1 },
  ];
  steps.forEach((s, k) => {
    const id = `e${k + 1}`;
    const effectiveDate = addDays(disbursed, s.offset);
    const head = { id, effectiveDate, postedAt: k + 2 };
    if (s.kind === "payment") events.push({ ...head, type: "payment", amountMinor: s.amountMinor });
    if (s.kind === "fee") events.push({ ...head, type: "fee-charge", amountMinor: s.amountMinor });
    if (s.kind === "rate") {
      events.push({
        ...head,
        type: "rate-change",
        rate: { kind: "fixed", annualRatePercent: decimal(BigInt(s.hundredths), 2) },
      });
    }
    if (s.kind === "holiday") {
      events.push({ ...head, type: "payment-holiday", installments: s.installments, interest: "capitalise" });
    }
    const target = events.findLast((e) => e.type === (s.kind === "reversal" ? "payment" : "fee-charge"));
    if (
      s.kind === "reversal" &&
      target !== undefined &&
      !events.some((e) => e.type === "payment-reversal" && e.transactionId === target.id)
    ) {
      const date = laterOf(target.effectiveDate, effectiveDate);
      events.push({ ...head, effectiveDate: date, type: "payment-reversal", transactionId: target.id, nsf: s.nsf });
    }
    if (s.kind === "waiver" && target !== undefined) {
      const date = laterOf(target.effectiveDate, effectiveDate);
      events.push({
        ...head,
        effectiveDate: date,
        type: "fee-waiver",
        chargeId: target.id,
        amountMinor: s.amountMinor,
      });
    }
  });
  return events;
}

/**
 * A demo-product loan with a random history of up to `maxSteps` events over its first 400 days.
 *
 * @example fc.assert(fc.property(loanHistory(), ({ loan, events }) => replay(loan, events, asOf).ok || true));
 */
export function loanHistory(maxSteps = 16): fc.Arbitrary<LoanHistory> {
  return fc
    .record({
      product: fc.nat(),
      share: fc.integer({ min: 0, max: 1000 }),
      day: fc.integer({ min: 0, max: 1_000 }),
      steps: fc.array(step, { maxLength: maxSteps }),
    })
    .map(({ product, share, day, steps }) => {
      const disbursed = addDays("2024-01-01" as LocalDate, day);
      const loan = loanOf(product, share, disbursed);
      return { loan, events: eventsOf(steps, disbursed, loan.terms.principalMinor), disbursed };
    });
}
