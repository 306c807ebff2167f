import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateClientTypes, generatedHeader } from "../scripts/generate-types.mjs";

const specPath = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));
const schemaPath = fileURLToPath(new URL("../src/generated/schema.ts", import.meta.url));

describe("generated client", () => {
  it("is in step with openapi/openapi.json (run `npm run openapi` after changing a route)", async () => {
    const expected: string = await generateClientTypes(JSON.parse(readFileSync(specPath, "utf8")));
    expect(readFileSync(schemaPath, "utf8")).toBe(expected);
  });

  it("says it is generated", () => {
    expect(readFileSync(schemaPath, "utf8").startsWith(generatedHeader)).toBe(true);
  });
});
