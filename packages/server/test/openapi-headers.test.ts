import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every operation of the committed spec declares the headers the API sends and the 429/503 it can answer.
const spec = JSON.parse(readFileSync(new URL("../../../openapi/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }> }>
  >;
  components: {
    headers: Record<string, unknown>;
    responses: Record<string, { headers: Record<string, unknown> }>;
    schemas: { ErrorCode: { enum: string[] } };
  };
};
const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`,
    method,
    operation,
  })),
);

describe("the spec's response headers", () => {
  it("has operations to check", () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations)("$name declares 429 and 503 with Retry-After", ({ operation }) => {
    expect(operation.responses[429]).toEqual({ $ref: "#/components/responses/TooManyRequests" });
    expect(operation.responses[503]).toEqual({ $ref: "#/components/responses/ServiceUnavailable" });
  });

  it.each(operations)(
    "$name declares X-Request-Id and the rate-limit headers on every response",
    ({ method, operation }) => {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response.$ref !== undefined) continue;
        const names = Object.keys(response.headers ?? {});
        expect(names, status).toEqual(expect.arrayContaining(["X-Request-Id", "RateLimit", "RateLimit-Policy"]));
        if (method === "post" && status.startsWith("2")) expect(names, status).toContain("Idempotent-Replayed");
        if (method === "get" && (status === "200" || status === "304")) expect(names, status).toContain("ETag");
      }
    },
  );

  it("defines the shared headers and responses, and the new error codes", () => {
    expect(Object.keys(spec.components.headers).sort()).toEqual(
      ["Idempotent-Replayed", "RateLimit", "RateLimit-Policy", "Retry-After", "X-Request-Id"].sort(),
    );
    for (const name of ["TooManyRequests", "ServiceUnavailable"]) {
      expect(Object.keys(spec.components.responses[name]?.headers ?? {})).toContain("Retry-After");
    }
    expect(spec.components.schemas.ErrorCode.enum).toEqual(
      expect.arrayContaining([
        "database_unavailable",
        "rate_limited",
        "request_timeout",
        "request_header_fields_too_large",
      ]),
    );
  });
});
