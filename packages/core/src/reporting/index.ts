/**
 * @module reporting
 * Portfolio reporting from loan summaries: outstanding balances, delinquency buckets,
 * PAR30/60/90 and roll rates, with exact sums and explicitly rounded ratios.
 */
export type {
  BucketFigures,
  CurrencyPortfolio,
  OutstandingFigures,
  ParFigure,
  PortfolioReport,
  ReportOptions,
} from "./portfolio.js";
export { buildPortfolioReport } from "./portfolio.js";
export { ratioOf } from "./ratio.js";
export type { CurrencyRollRates, RollRateCell, RollRateReport, RollRateRow } from "./roll-rates.js";
export { buildRollRates } from "./roll-rates.js";
export type { LoanSummary } from "./summary.js";
export { isInPortfolio, summarizeLoan } from "./summary.js";
