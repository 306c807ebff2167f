import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateClientFiles, generatedHeader } from "../scripts/generate-types.mjs";

const specPath = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));
const generatedPath = (name: string) => fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
const files = await generateClientFiles(JSON.parse(readFileSync(specPath, "utf8")));

describe("generated client", () => {
  it("generates the types and the resource methods", () => {
    expect(Object.keys(files).sort()).toEqual(["resources.ts", "schema.ts"]);
  });

  for (const [name, expected] of Object.entries(files)) {
    it(`src/generated/${name} is in step with openapi/openapi.json (run \`npm run openapi\` after changing a route)`, () => {
      expect(readFileSync(generatedPath(name), "utf8")).toBe(expected);
    });

    it(`src/generated/${name} says it is generated`, () => {
      expect(readFileSync(generatedPath(name), "utf8").startsWith(generatedHeader)).toBe(true);
    });
  }
});
