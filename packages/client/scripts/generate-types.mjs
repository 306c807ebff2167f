import openapiTS, { astToString } from "openapi-typescript";
import { emitResources } from "./emit-resources.mjs";

export const generatedHeader =
  "// generated — do not edit. Run `npm run openapi` at the repository root to regenerate.\n";

/** Turns an OpenAPI document into the client's TypeScript types, deterministically. */
export async function generateClientTypes(document) {
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return `${generatedHeader}${astToString(ast)}`;
}

/** Every generated file under src/generated/, by file name, deterministically. */
export async function generateClientFiles(document) {
  return {
    "schema.ts": await generateClientTypes(document),
    "resources.ts": `${generatedHeader}${emitResources(document)}`,
  };
}
