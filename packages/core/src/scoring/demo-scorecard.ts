import type { ScoreScale } from "./probability-of-default.js";
import type { ScorecardDocumentInput } from "./scorecard-document.js";

/**
 * A six-attribute demo scorecard for examples, seeds and benchmarks. ILLUSTRATIVE DATA: the
 * points are invented to look like a typical bureau + capacity scorecard; they are not
 * empirically derived and must not be used to decide real credit. Reason codes match the keys of
 * `demoReasonStatementMap` in compliance/.
 *
 * Facts read: `monthsSinceOldestTrade`, `revolvingUtilizationPercent`,
 * `delinquencies30PlusLast24Months`, `inquiriesLast6Months`, `debtToIncomePercent` (numbers or
 * decimal strings) and `employmentType` (string).
 *
 * @example
 * const card = unwrap(compileScorecard(demoScorecard));
 */
export const demoScorecard = {
  id: "demo-consumer-scorecard",
  version: "1.0.0",
  description: "Illustrative consumer scorecard (sample data, not empirically derived).",
  baseScore: 300,
  attributes: [
    {
      id: "monthsSinceOldestTrade",
      label: "Age of oldest trade line (months)",
      type: "numeric",
      reasonCode: "limited_credit_experience",
      bins: [
        { kind: "range", max: "12", points: 10 },
        { kind: "range", min: "12", max: "36", points: 25 },
        { kind: "range", min: "36", max: "84", points: 40 },
        { kind: "range", min: "84", points: 55 },
        { kind: "missing", points: 5, reasonCode: "no_credit_file" },
      ],
    },
    {
      id: "revolvingUtilizationPercent",
      label: "Revolving balance / revolving limit (%)",
      type: "numeric",
      reasonCode: "high_revolving_utilization",
      bins: [
        { kind: "range", max: "10", points: 55 },
        { kind: "range", min: "10", max: "30", points: 45 },
        { kind: "range", min: "30", max: "50", points: 30 },
        { kind: "range", min: "50", max: "80", points: 15 },
        { kind: "range", min: "80", points: 0 },
        { kind: "missing", points: 20, reasonCode: "limited_credit_experience" },
      ],
    },
    {
      id: "delinquencies30PlusLast24Months",
      label: "Trades 30+ days past due in the last 24 months",
      type: "numeric",
      reasonCode: "delinquent_credit_obligations",
      bins: [
        { kind: "range", min: "0", max: "0", maxInclusive: true, points: 60 },
        { kind: "range", min: "0", minInclusive: false, max: "2", points: 30 },
        { kind: "range", min: "2", max: "4", points: 10 },
        { kind: "range", min: "4", points: 0 },
        { kind: "missing", points: 20, reasonCode: "no_credit_file" },
      ],
    },
    {
      id: "inquiriesLast6Months",
      label: "Credit inquiries in the last 6 months",
      type: "numeric",
      reasonCode: "recent_inquiries",
      bins: [
        { kind: "range", max: "1", points: 40 },
        { kind: "range", min: "1", max: "3", points: 30 },
        { kind: "range", min: "3", max: "5", points: 15 },
        { kind: "range", min: "5", points: 0 },
        { kind: "missing", points: 25 },
      ],
    },
    {
      id: "debtToIncomePercent",
      label: "Back-end debt-to-income ratio (%)",
      type: "numeric",
      reasonCode: "excessive_obligations",
      bins: [
        { kind: "range", max: "20", points: 50 },
        { kind: "range", min: "20", max: "36", points: 35 },
        { kind: "range", min: "36", max: "43", maxInclusive: true, points: 15 },
        { kind: "range", min: "43", minInclusive: false, points: 0 },
        { kind: "missing", points: 0, reasonCode: "unable_to_verify_income" },
      ],
    },
    {
      id: "employmentType",
      label: "Employment type",
      type: "categorical",
      reasonCode: "temporary_or_irregular_employment",
      bins: [
        { kind: "category", values: ["salaried", "full-time"], points: 40 },
        { kind: "category", values: ["self-employed", "retired"], points: 25 },
        { kind: "category", values: ["part-time", "contract", "temporary"], points: 10 },
        { kind: "other", points: 5 },
        { kind: "missing", points: 0, reasonCode: "unable_to_verify_employment" },
      ],
    },
  ],
} as const satisfies ScorecardDocumentInput;

/**
 * The demo scorecard's scale: 500 points at 20:1 good:bad odds, 20 points to double the odds.
 * Illustrative, like the scorecard.
 *
 * @example probabilityOfDefault(500, demoScoreScale, { scale: 6, mode: "half-even" }) // 1/21 ≈ 0.047619
 */
export const demoScoreScale: ScoreScale = { baseScore: 500, baseOdds: "20", pointsToDoubleOdds: 20 };
