import openapiTS, { astToString } from "openapi-typescript";

export const generatedHeader =
  "// generated — do not edit. Run `npm run openapi` at the repository root to regenerate.\n";

/** Turns an OpenAPI document into the client's TypeScript types, deterministically. */
export async function generateClientTypes(document) {
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return `${generatedHeader}${astToString(ast)}`;
}
