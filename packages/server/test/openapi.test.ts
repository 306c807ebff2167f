import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, renderOpenApiDocument } from "../src/openapi-document.js";

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, unknown>>;
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};

const committedPath = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );

  it("is OpenAPI 3.1 with the bearerAuth JWT scheme", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components?.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("every operation has a unique operationId, a summary, a tag, bearer security and problem responses", () => {
    expect(operations.length).toBeGreaterThanOrEqual(7);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary, where).toBeTruthy();
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      expect(operation.security, where).toEqual([{ bearerAuth: [] }]);
      for (const status of ["401", "403", "422", "500"]) {
        const problem = operation.responses[status]?.content?.["application/problem+json"]?.schema;
        expect(problem?.$ref, `${where} ${status}`).toBe("#/components/schemas/Problem");
      }
    }
  });

  it("renders deterministically", () => {
    expect(renderOpenApiDocument()).toBe(renderOpenApiDocument());
  });

  it("matches the committed openapi/openapi.json (run `npm run openapi` after changing a route)", () => {
    expect(readFileSync(committedPath, "utf8")).toBe(renderOpenApiDocument());
  });
});
