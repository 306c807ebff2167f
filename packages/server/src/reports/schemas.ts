import { z } from "@hono/zod-openapi";
import { BUSINESS_DATES, isWithinBusinessDates } from "../http/business-date.js";
import { amountField, currencyField } from "../http/money.js";

// Portfolio figures: amounts are JSON integers of minor units of their group's one `currency`; ratios are
// decimal strings of a fraction (0.083333 is 8.3333 %), 6 places, rounded half-even.

/** A `YYYY-MM-DD` query date within the business dates. @example from: day("First day", "2026-10-01") */
export const day = (description: string, example: string) =>
  z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
    .refine(isWithinBusinessDates, `must be between ${BUSINESS_DATES.first} and ${BUSINESS_DATES.last}`)
    .openapi({
      description: `${description} (YYYY-MM-DD, ${BUSINESS_DATES.first} to ${BUSINESS_DATES.last})`,
      example,
    });
const minor = amountField;
const ratio = (description: string) =>
  z.string().openapi({ description: `${description}: a fraction as a decimal string, 6 places`, example: "0.083333" });

/** `?asOf=` of the portfolio report. @example request: { query: portfolioQuerySchema } */
export const portfolioQuerySchema = z.object({
  asOf: day("Business date of the daily close to report on", "2026-03-31"),
});

/** `?from=&to=` of the roll rates. @example request: { query: rollRatesQuerySchema } */
export const rollRatesQuerySchema = z.object({
  from: day("Start date (a closed business date)", "2026-02-28"),
  to: day("End date (a closed business date, not before from)", "2026-03-31"),
});

const coverageSchema = z
  .object({
    loanCount: z.int().openapi({ description: "Loan snapshots of the date" }),
    staleLoanCount: z.int().openapi({
      description: "Snapshots computed before a later event on their loan (e.g. back-dated): re-run close-day",
    }),
  })
  .openapi("SnapshotCoverage");

const outstandingSchema = z
  .object({
    principal: minor("Principal outstanding"),
    interest: minor("Interest due and unpaid"),
    fees: minor("Fees due and unpaid"),
    penalties: minor("Penalties due and unpaid"),
    total: minor("Sum of the four"),
    accruedInterest: minor("Interest accrued, not yet due"),
  })
  .openapi("PortfolioOutstanding");

const currencyPortfolioSchema = z
  .object({
    currency: currencyField,
    loanCount: z.int().openapi({ description: "Active loans (money owed, on the books)" }),
    outstanding: outstandingSchema,
    buckets: z.array(
      z.object({
        name: z.string().openapi({ example: "31-60" }),
        loanCount: z.int(),
        principal: minor("Principal outstanding"),
        total: minor("Principal, interest, fees and penalties outstanding"),
      }),
    ),
    par: z.array(
      z.object({
        days: z.int().openapi({ description: "Loans at least this many days past due", example: 30 }),
        loanCount: z.int(),
        principal: minor("Their principal outstanding"),
        ratio: ratio("Their share of all principal outstanding"),
      }),
    ),
    nonPerforming: z.object({
      loanCount: z.int(),
      principal: minor("Principal of non-performing loans"),
      ratio: ratio("Their share of all principal outstanding"),
    }),
  })
  .openapi("CurrencyPortfolio");

/** The portfolio report body. @example const report: z.infer<typeof portfolioReportSchema> = await response.json(); */
export const portfolioReportSchema = z
  .object({
    asOf: z.string(),
    snapshots: coverageSchema,
    statusCounts: z
      .record(z.string(), z.int())
      .openapi({ description: "Loans per lifecycle status, including those no longer in the portfolio" }),
    currencies: z.array(currencyPortfolioSchema),
  })
  .openapi("PortfolioReport");

const rollRateRowSchema = z
  .object({
    from: z.string().openapi({ description: "Bucket at the start date" }),
    loanCount: z.int(),
    startPrincipal: minor("Their principal at the start date"),
    cells: z.array(
      z.object({
        to: z.string().openapi({
          description: "Bucket at the end date, or where the loan left to (paid-off, charged-off, not-reported …)",
        }),
        loanCount: z.int(),
        startPrincipal: minor("Their principal at the start date"),
        endPrincipal: minor("Their principal at the end date"),
        countRate: ratio("loanCount ÷ the row's loanCount"),
        balanceRate: ratio("startPrincipal ÷ the row's startPrincipal"),
      }),
    ),
  })
  .openapi("RollRateRow");

/** The roll-rate body. @example const rates: z.infer<typeof rollRatesSchema> = await response.json(); */
export const rollRatesSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    snapshots: z.object({ from: coverageSchema, to: coverageSchema }),
    currencies: z.array(
      z.object({
        currency: z.string(),
        columns: z.array(z.string()),
        rows: z.array(rollRateRowSchema),
        newLoans: z.array(
          z.object({ to: z.string(), loanCount: z.int(), endPrincipal: minor("Principal at the end date") }),
        ),
      }),
    ),
  })
  .openapi("RollRates");
