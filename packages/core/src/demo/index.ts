/**
 * @module demo
 * Sample configuration for trying Lendstack out: three loan products, an underwriting rule set, a
 * scored rule set with its scorecard and score scale, reason-statement mappings and a usury cap
 * table. The server's `lendstack seed` loads them into a tenant; tests and benchmarks use them as
 * realistic fixtures. None of it is a default: a lender configures its own. Kept out of the domain
 * entry points so that `@lendstack/core/<domain>` exports only the domain's code.
 */
export { demoReasonStatementMap } from "../compliance/reg-b-sample-reasons.js";
export { sampleUsuryCapTable } from "../compliance/usury-table.js";
export { demoProducts } from "../products/demo-products.js";
export { demoScoredRuleSet } from "../rules/demo-scored.js";
export { demoUnderwritingRuleSet } from "../rules/demo-underwriting.js";
export { demoScorecard, demoScoreScale } from "../scoring/demo-scorecard.js";
