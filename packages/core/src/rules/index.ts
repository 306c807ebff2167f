export type { ExpressionNode, Value, ValueType } from "./ast.js";
export type { CompileOptions } from "./compile-rule-set.js";
export { compileRuleSet } from "./compile-rule-set.js";
export type { ComplianceEnvironment, FiredComplianceCheck } from "./compliance-functions.js";
export { complianceFunctions } from "./compliance-functions.js";
export type { EvaluateOptions, Evaluation } from "./evaluate.js";
export { evaluate } from "./evaluate.js";
export { canonicalJson, hashRuleSet } from "./hash-rule-set.js";
export { parseExpression, parseUnaryTests } from "./parser.js";
export type { CompiledRuleSet } from "./plan.js";
export { reasonCodesOfRuleSet } from "./reason-codes.js";
export type {
  PublishOptions,
  RuleSetVersion,
  RuleSetVersionStatus,
} from "./rule-set-version.js";
export { createDraftVersion, publishVersion, updateDraftVersion, verifyRuleSetVersion } from "./rule-set-version.js";
export type {
  AssignedValue,
  Decision,
  RuleSetDocument,
  RuleSetDocumentInput,
  RuleSetInput,
  RuleSetOutput,
  RuleSetRule,
  RuleSetScorecard,
  RuleSetTable,
} from "./schema.js";
export { decisionSchema, ruleSetLimits, ruleSetSchema } from "./schema.js";
export type { ScorecardOutcome } from "./scorecard-step.js";
export { sha256Hex } from "./sha256.js";
export type { TraceEntry } from "./trace.js";
