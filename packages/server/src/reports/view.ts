import type { z } from "@hono/zod-openapi";
import { type Decimal, formatDecimal } from "@lendstack/core/money";
import type { CurrencyPortfolio, PortfolioReport, RollRateReport } from "@lendstack/core/reporting";
import { toJsonInteger } from "../http/safe-integer.js";
import type { portfolioReportSchema, rollRatesSchema } from "./schemas.js";
import type { SnapshotCoverage } from "./service.js";

/** Minor units as a JSON integer; a total beyond 2^53 − 1 is 422 `unsafe_integer` (http/safe-integer.ts). */
const minor = (value: bigint): number => toJsonInteger(value, "report");

const ratio = (value: Decimal) => formatDecimal(value);

function currencyBody(c: CurrencyPortfolio) {
  const o = c.outstanding;
  return {
    currency: c.currency,
    loanCount: c.loanCount,
    outstanding: {
      principal: minor(o.principalMinor),
      interest: minor(o.interestMinor),
      fees: minor(o.feesMinor),
      penalties: minor(o.penaltiesMinor),
      total: minor(o.totalMinor),
      accruedInterest: minor(o.accruedInterestMinor),
    },
    buckets: c.buckets.map((b) => ({
      name: b.name,
      loanCount: b.loanCount,
      principal: minor(b.principalMinor),
      total: minor(b.totalMinor),
    })),
    par: c.par.map((p) => ({
      days: p.days,
      loanCount: p.loanCount,
      principal: minor(p.principalMinor),
      ratio: ratio(p.ratio),
    })),
    nonPerforming: {
      loanCount: c.nonPerforming.loanCount,
      principal: minor(c.nonPerforming.principalMinor),
      ratio: ratio(c.nonPerforming.ratio),
    },
  };
}

/**
 * The portfolio report as its JSON body.
 *
 * @example return c.json(portfolioBody(report, coverage), 200);
 */
export function portfolioBody(
  report: PortfolioReport,
  coverage: SnapshotCoverage,
): z.infer<typeof portfolioReportSchema> {
  return {
    asOf: report.asOf,
    snapshots: coverage,
    statusCounts: { ...report.statusCounts },
    currencies: report.currencies.map(currencyBody),
  };
}

/**
 * The roll rates as their JSON body.
 *
 * @example return c.json(rollRatesBody(report, coverage), 200);
 */
export function rollRatesBody(
  report: RollRateReport,
  coverage: { from: SnapshotCoverage; to: SnapshotCoverage },
): z.infer<typeof rollRatesSchema> {
  return {
    from: report.from,
    to: report.to,
    snapshots: coverage,
    currencies: report.currencies.map((c) => ({
      currency: c.currency,
      columns: [...c.columns],
      rows: c.rows.map((row) => ({
        from: row.from,
        loanCount: row.loanCount,
        startPrincipal: minor(row.startPrincipalMinor),
        cells: row.cells.map((cell) => ({
          to: cell.to,
          loanCount: cell.loanCount,
          startPrincipal: minor(cell.startPrincipalMinor),
          endPrincipal: minor(cell.endPrincipalMinor),
          countRate: ratio(cell.countRate),
          balanceRate: ratio(cell.balanceRate),
        })),
      })),
      newLoans: c.newLoans.map((n) => ({
        to: n.to,
        loanCount: n.loanCount,
        endPrincipal: minor(n.endPrincipalMinor),
      })),
    })),
  };
}
