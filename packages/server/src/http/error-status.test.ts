import { describe, expect, it } from "vitest";
import { statusForCode } from "./error-status.js";

describe("statusForCode", () => {
  it.each([
    ["malformed_json", 400],
    ["invalid_cursor", 400],
    ["token_expired", 401],
    ["insufficient_scope", 403],
    ["not_found", 404],
    ["product_not_found", 404],
    ["loan_not_found", 404],
    ["product_archived", 409],
    ["idempotency_request_in_progress", 409],
    ["payload_too_large", 413],
    ["unsupported_media_type", 415],
    ["validation_failed", 422],
    ["idempotency_key_reused", 422],
    ["rate_above_maximum", 422],
    ["internal_error", 500],
    ["service_unavailable", 503],
  ])("%s -> %i", (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });
});
