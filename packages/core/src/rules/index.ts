/**
 * @module rules
 * The decision engine: JSON rule sets and decision tables (`schema.ts`), a small safe
 * expression language (`language/`: tokenizer, parser, AST, type checker), compiled once
 * (`compile/`) and evaluated fast with a trace of every rule that fired (`runtime/`). Versions
 * are hashed and immutable once published.
 */

export type { CompileOptions } from "./compile/compile-rule-set.js";
export { compileRuleSet } from "./compile/compile-rule-set.js";
export type { CompiledRuleSet } from "./compile/plan.js";
export type { ScorecardOutcome } from "./compile/scorecard-step.js";
export { canonicalJson, hashRuleSet } from "./hash-rule-set.js";
export type { ExpressionNode, Value, ValueType } from "./language/ast.js";
export { parseExpression, parseUnaryTests } from "./language/parser.js";
export { reasonCodesOfRuleSet } from "./reason-codes.js";
export type {
  PublishOptions,
  RuleSetVersion,
  RuleSetVersionStatus,
} from "./rule-set-version.js";
export { createDraftVersion, publishVersion, updateDraftVersion, verifyRuleSetVersion } from "./rule-set-version.js";
export type { ComplianceEnvironment, FiredComplianceCheck } from "./runtime/compliance-functions.js";
export { complianceFunctions } from "./runtime/compliance-functions.js";
export type { EvaluateOptions, Evaluation } from "./runtime/evaluate.js";
export { evaluate } from "./runtime/evaluate.js";
export type { TraceEntry } from "./runtime/trace.js";
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
export { sha256Hex } from "./sha256.js";
