import { describe, expect, it } from "vitest";
import { businessCalendar, date } from "../calendar/index.js";
import { dec } from "../money/index.js";
import { buildSchedule } from "../schedule/index.js";
import { demoProducts } from "./demo-products.js";
import { originationFeeMinor, toScheduleTerms } from "./to-schedule-terms.js";

const [personal, auto, mortgage, payInFour] = demoProducts as [
  (typeof demoProducts)[0],
  (typeof demoProducts)[0],
  (typeof demoProducts)[0],
  (typeof demoProducts)[0],
];

function scheduleOf(product: typeof personal, request: Parameters<typeof toScheduleTerms>[1]) {
  const terms = toScheduleTerms(product, request);
  if (!terms.ok) throw new Error(terms.error.message);
  const schedule = buildSchedule(terms.value);
  if (!schedule.ok) throw new Error(schedule.error.message);
  return { terms: terms.value, schedule: schedule.value };
}

describe("originationFeeMinor", () => {
  // Personal loan: 5 % of principal, at least $25.00, at most $4,000.00. Auto: flat $199.00. Mortgage: 1 %, no caps.
  const cases = [
    { product: personal, amountMinor: 1_000_000n, want: 50_000n, why: "5 % of $10,000.00 = $500.00" },
    { product: personal, amountMinor: 100_001n, want: 5_000n, why: "5 % of $1,000.01 = $50.0005, half-up to $50.00" },
    {
      product: personal,
      amountMinor: 5_000_000n,
      want: 250_000n,
      why: "5 % of $50,000 = $2,500 (under the $4,000 cap)",
    },
    {
      product: {
        ...personal,
        fees: {
          origination: { type: "percent", percent: "8", base: "principal", max: 400_000, treatment: "deducted" },
        },
      } as typeof personal,
      amountMinor: 6_000_000n,
      want: 400_000n,
      why: "8 % of $60,000 = $4,800, capped at $4,000",
    },
    {
      product: {
        ...personal,
        fees: {
          origination: { type: "percent", percent: "1", base: "principal", min: 2_500, treatment: "deducted" },
        },
      } as typeof personal,
      amountMinor: 100_000n,
      want: 2_500n,
      why: "1 % of $1,000 = $10, raised to the $25 minimum",
    },
    { product: auto, amountMinor: 2_000_000n, want: 19_900n, why: "flat $199.00" },
    { product: mortgage, amountMinor: 20_000_000n, want: 200_000n, why: "1 point on $200,000 = $2,000" },
    { product: payInFour, amountMinor: 10_000n, want: 0n, why: "no origination fee" },
  ];
  it.each(cases)("$why", ({ product, amountMinor, want }) => {
    expect(originationFeeMinor(product, amountMinor)).toBe(want);
  });
});

describe("toScheduleTerms", () => {
  it("maps the mortgage and reproduces the spreadsheet payment", () => {
    // Excel PMT(6%/12, 360, -200000) = 1199.1010503… → $1,199.10 (half-up to the cent).
    const { terms, schedule } = scheduleOf(mortgage, {
      amountMinor: 20_000_000n,
      ratePercent: "6",
      disbursementDate: "2026-01-01",
    });
    expect(terms).toMatchObject({
      principalMinor: 20_000_000n,
      firstPaymentDate: "2026-02-01",
      numberOfPayments: 360,
      dayCount: "30/360-us",
      annualRatePercent: dec("6"),
    });
    expect(terms.businessDays).toBeUndefined();
    expect(schedule.rows[0]!.totalMinor).toBe(119_910n);
    expect(schedule.totals.principalMinor).toBe(20_000_000n);
  });

  it("maps the personal loan: fee deducted, not financed; PMT at 7.99 %", () => {
    // Excel PMT(7.99%/12, 36, -10000) = 313.3175… → $313.32. The 5 % fee is deducted, so the principal stays $10,000.
    const { terms, schedule } = scheduleOf(personal, {
      amountMinor: 1_000_000n,
      ratePercent: "7.99",
      disbursementDate: "2026-03-02",
    });
    expect(terms.principalMinor).toBe(1_000_000n);
    expect(terms.businessDays?.convention).toBe("following");
    expect(schedule.rows[0]!.totalMinor).toBe(31_332n);
    expect(schedule.rows).toHaveLength(36);
  });

  it("maps the auto loan: the $199 documentation fee is financed", () => {
    const { terms, schedule } = scheduleOf(auto, { amountMinor: 2_000_000n, disbursementDate: "2026-01-15" });
    expect(terms).toMatchObject({ principalMinor: 2_019_900n, interestCalculation: "daily", numberOfPayments: 60 });
    expect(schedule.totals.principalMinor).toBe(2_019_900n);
  });

  it("maps pay-in-4: four biweekly installments at 0 %, the last absorbing the odd cent", () => {
    // $100.01 / 4 = $25.0025: regular installments rounded down to $25.00, the last is $100.01 − 3 × $25.00 = $25.01.
    const { terms, schedule } = scheduleOf(payInFour, { amountMinor: 10_001n, disbursementDate: "2026-05-01" });
    expect(terms.firstPaymentDate).toBe("2026-05-15");
    expect(schedule.rows.map((row) => row.totalMinor)).toEqual([2_500n, 2_500n, 2_500n, 2_501n]);
    expect(schedule.totals.interestMinor).toBe(0n);
  });

  it("moves due dates by the product's business-day rule on the given calendar", () => {
    // 2026-04-02 + 1 month = Saturday 2026-05-02 → following → Monday 2026-05-04; with 05-04 a holiday → 05-05.
    const request = { amountMinor: 1_000_000n, disbursementDate: "2026-04-02" };
    const plain = scheduleOf(personal, request);
    expect(plain.schedule.rows[0]!.dueDate).toBe("2026-05-04");
    const holidays = businessCalendar({ name: "test", holidays: [date("2026-05-04")] });
    const terms = toScheduleTerms(personal, request, { calendar: holidays });
    const schedule = terms.ok ? buildSchedule(terms.value) : terms;
    expect(schedule.ok && schedule.value.rows[0]!.dueDate).toBe("2026-05-05");
  });

  const refusals = [
    {
      name: "amount outside the product",
      request: { amountMinor: 1n, disbursementDate: "2026-01-01" },
      code: "amount_out_of_range",
    },
    {
      name: "a bad disbursement date",
      request: { amountMinor: 1_000_000n, disbursementDate: "2026-02-30" },
      code: "invalid_date",
    },
    {
      name: "first payment before disbursement",
      request: { amountMinor: 1_000_000n, disbursementDate: "2026-02-01", firstPaymentDate: "2026-01-01" },
      code: "first_payment_before_disbursement",
    },
  ];
  it.each(refusals)("refuses $name with $code", ({ request, code }) => {
    const result = toScheduleTerms(personal, request);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
