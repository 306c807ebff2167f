import { defaultDelinquencyBuckets } from "./delinquency.js";
import type { ProductDefinition } from "./schema.js";

// Four realistic products for the demo tenant and for tests. Amounts are USD cents; rates percent a year.

const standardDelinquency: ProductDefinition["delinquency"] = {
  buckets: defaultDelinquencyBuckets.map((bucket) => ({ ...bucket })),
  nonPerformingAfterDays: 90,
};

const personalLoan: ProductDefinition = {
  name: "Personal installment loan",
  description:
    "Unsecured fixed-rate loan, $1,000 to $50,000 over 12 to 60 months. Origination fee 5% of principal " +
    "(within the 1-8% market range), at least $25 and at most $4,000, deducted from the disbursement.",
  currencies: { allowed: ["USD"], default: "USD" },
  amountLimits: { min: 100_000, max: 5_000_000 },
  termLimits: { minPayments: 12, maxPayments: 60, defaultPayments: 36 },
  repayment: { defaultFrequency: "monthly", allowedFrequencies: ["monthly"] },
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "actual/365-fixed",
  rateLimits: { minPercent: "7.99", maxPercent: "35.99", defaultPercent: "17.99" },
  grace: { principalPeriods: 0, interestPeriods: 0 },
  fees: {
    origination: {
      type: "percent",
      percent: "5",
      base: "principal",
      min: 2_500,
      max: 400_000,
      treatment: "deducted",
    },
    late: { type: "percent", percent: "5", base: "installment", min: 1_500, max: 4_000 },
    nsf: { type: "flat", amount: 2_500 },
  },
  latePayment: { graceDays: 15 },
  paymentAllocation: { order: ["penalties", "fees", "interest", "principal"], strategy: "vertical" },
  overpayment: "apply-to-principal",
  maxCreditBalance: 0,
  prepayment: "reduce-term",
  rounding: { decimalPlaces: 2, installmentMultiple: 1, mode: "half-up" },
  businessDayAdjustment: "following",
  delinquency: standardDelinquency,
};

const autoLoan: ProductDefinition = {
  name: "Auto loan",
  description:
    "Secured simple-interest vehicle loan, $5,000 to $100,000 over 24 to 84 months; interest accrues daily " +
    "on the balance. $199 documentation fee financed.",
  currencies: { allowed: ["USD"], default: "USD" },
  amountLimits: { min: 500_000, max: 10_000_000 },
  termLimits: { minPayments: 24, maxPayments: 84, defaultPayments: 60 },
  repayment: { defaultFrequency: "monthly", allowedFrequencies: ["monthly", "biweekly"] },
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "daily",
  dayCount: "actual/365-fixed",
  rateLimits: { minPercent: "3.99", maxPercent: "24.99", defaultPercent: "8.49" },
  grace: { principalPeriods: 0, interestPeriods: 0 },
  fees: {
    origination: { type: "flat", amount: 19_900, treatment: "financed" },
    late: { type: "percent", percent: "5", base: "installment", max: 5_000 },
    nsf: { type: "flat", amount: 2_500 },
  },
  latePayment: { graceDays: 10 },
  paymentAllocation: { order: ["penalties", "fees", "interest", "principal"], strategy: "vertical" },
  overpayment: "apply-to-principal",
  maxCreditBalance: 0,
  prepayment: "reduce-term",
  rounding: { decimalPlaces: 2, installmentMultiple: 1, mode: "half-up" },
  businessDayAdjustment: "following",
  delinquency: standardDelinquency,
};

const mortgage: ProductDefinition = {
  name: "30-year fixed mortgage",
  description:
    "Fixed-rate first-lien mortgage, $50,000 to $2,000,000, 360 monthly payments, 30/360 interest. " +
    "Late charge 5% of the overdue principal and interest after 15 days. One discount point prepaid at closing.",
  currencies: { allowed: ["USD"], default: "USD" },
  amountLimits: { min: 5_000_000, max: 200_000_000 },
  termLimits: { minPayments: 360, maxPayments: 360, defaultPayments: 360 },
  repayment: { defaultFrequency: "monthly", allowedFrequencies: ["monthly"] },
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rateLimits: { minPercent: "2.5", maxPercent: "12", defaultPercent: "6.5" },
  grace: { principalPeriods: 0, interestPeriods: 0 },
  fees: {
    origination: { type: "percent", percent: "1", base: "principal", treatment: "prepaid" },
    late: { type: "percent", percent: "5", base: "installment" },
    nsf: { type: "flat", amount: 3_500 },
  },
  latePayment: { graceDays: 15 },
  // Servicers apply a periodic payment to interest and principal before late charges.
  paymentAllocation: { order: ["interest", "principal", "fees", "penalties"], strategy: "vertical" },
  overpayment: "apply-to-principal",
  maxCreditBalance: 0,
  prepayment: "reduce-term",
  rounding: { decimalPlaces: 2, installmentMultiple: 1, mode: "half-up" },
  businessDayAdjustment: "none",
  delinquency: standardDelinquency,
  productType: "mortgage",
};

const payInFour: ProductDefinition = {
  name: "Pay in 4",
  description: "Interest-free point-of-sale plan: $50 to $1,500 in 4 biweekly installments. Flat $7 late fee.",
  currencies: { allowed: ["USD"], default: "USD" },
  amountLimits: { min: 5_000, max: 150_000 },
  termLimits: { minPayments: 4, maxPayments: 4, defaultPayments: 4 },
  repayment: { defaultFrequency: "biweekly", allowedFrequencies: ["biweekly"] },
  interestMethod: "flat",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "actual/365-fixed",
  rateLimits: { minPercent: "0", maxPercent: "0", defaultPercent: "0" },
  grace: { principalPeriods: 0, interestPeriods: 0 },
  fees: { late: { type: "flat", amount: 700 } },
  latePayment: { graceDays: 1 },
  paymentAllocation: { order: ["principal", "fees", "penalties", "interest"], strategy: "vertical" },
  overpayment: "apply-to-principal",
  maxCreditBalance: 0,
  prepayment: "reduce-term",
  rounding: { decimalPlaces: 2, installmentMultiple: 1, mode: "down" },
  businessDayAdjustment: "none",
  delinquency: standardDelinquency,
};

/**
 * Four ready products: a personal installment loan, an auto loan, a 30-year fixed mortgage and a
 * pay-in-4 plan. Each passes `validateProductDefinition`; the server seeds the demo tenant with them.
 *
 * @example
 * const mortgage = demoProducts.find((product) => product.name === "30-year fixed mortgage");
 */
export const demoProducts: ReadonlyArray<ProductDefinition> = [personalLoan, autoLoan, mortgage, payInFour];
