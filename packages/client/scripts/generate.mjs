// Regenerates src/generated/ (schema.ts: the types; resources.ts: the resource methods) from the committed OpenAPI document.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateClientFiles } from "./generate-types.mjs";

const specPath = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));
const files = await generateClientFiles(JSON.parse(readFileSync(specPath, "utf8")));
for (const [name, text] of Object.entries(files)) {
  const outPath = fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}`);
}
