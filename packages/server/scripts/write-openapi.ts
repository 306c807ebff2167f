// Writes openapi/openapi.json from the server's route schemas (`npm run openapi`). With --check, writes
// nothing and exits 1 when the committed file differs from what the server produces.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderOpenApiDocument } from "../src/openapi-document.js";

const target = fileURLToPath(new URL("../../../openapi/openapi.json", import.meta.url));
const rendered = renderOpenApiDocument();

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // A missing file is drift too.
  }
  if (committed !== rendered) {
    process.stderr.write("openapi/openapi.json is out of date: run `npm run openapi`.\n");
    process.exit(1);
  }
  process.stdout.write("openapi/openapi.json is up to date.\n");
} else {
  writeFileSync(target, rendered);
  process.stdout.write(`Wrote ${target}\n`);
}
