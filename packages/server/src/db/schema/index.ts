export { type AuditRecordRow, auditRecords } from "./audit-records.js";
export { type IdempotencyKeyRow, idempotencyKeys } from "./idempotency-keys.js";
export { type ProductVersionRow, productVersions } from "./product-versions.js";
export { type ProductRow, products } from "./products.js";
