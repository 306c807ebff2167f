// Regenerates src/generated/schema.ts from the committed OpenAPI document.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateClientTypes } from "./generate-types.mjs";

const specPath = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));
const outPath = fileURLToPath(new URL("../src/generated/schema.ts", import.meta.url));
writeFileSync(outPath, await generateClientTypes(JSON.parse(readFileSync(specPath, "utf8"))));
console.log(`wrote ${outPath}`);
