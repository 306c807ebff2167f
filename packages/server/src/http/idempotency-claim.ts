/**
 * A request's claim on its `Idempotency-Key`: the tenant's key, the operation it guards and the hash of the
 * request it stands for. @example { tenantId, key, operation: "POST /v1/loans/loan_1/payments", requestHash }
 */
export interface IdempotencyClaim {
  readonly tenantId: string;
  readonly key: string;
  readonly operation: string;
  readonly requestHash: string;
}
