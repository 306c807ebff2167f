/**
 * @module scoring
 * Points-based scorecards: compile a scorecard document, score an applicant with reason codes,
 * and turn a score into a probability of default on a score scale.
 */
export type { RangeBound, Scorecard, ScorecardAttribute, ScorecardBin } from "./compile-scorecard.js";
export { compileScorecard } from "./compile-scorecard.js";
export type { ProbabilityRounding, ScoreScale } from "./probability-of-default.js";
export { probabilityOfDefault } from "./probability-of-default.js";
export type { AttributeScore, RankedReasonCode, ScoreFact, ScoreResult } from "./score-applicant.js";
export { scoreApplicant } from "./score-applicant.js";
export type {
  ScorecardAttributeDocument,
  ScorecardBinDocument,
  ScorecardDocument,
  ScorecardDocumentInput,
} from "./scorecard-document.js";
export { scorecardDocumentSchema } from "./scorecard-document.js";
