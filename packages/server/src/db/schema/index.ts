export { type AuditRecordRow, auditRecords } from "./audit-records.js";
export { type DecisionRow, decisions } from "./decisions.js";
export { type IdempotencyKeyRow, idempotencyKeys } from "./idempotency-keys.js";
export { type ProductVersionRow, productVersions } from "./product-versions.js";
export { type ProductRow, products } from "./products.js";
export { type RuleSetVersionRow, ruleSetVersions } from "./rule-set-versions.js";
export { type RuleSetRow, ruleSets } from "./rule-sets.js";
