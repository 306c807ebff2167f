import { readdirSync, statSync } from "node:fs";
import { defineConfig } from "tsup";

const domains = readdirSync("src").filter((name) => statSync(`src/${name}`).isDirectory());

export default defineConfig({
  entry: Object.fromEntries(domains.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
});
