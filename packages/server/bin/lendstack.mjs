#!/usr/bin/env node
// The `lendstack` command. It exists before any build, so `npm install` can link it and `npx lendstack …`
// works on a fresh clone: when the built CLI (dist/cli.js) is missing, it builds the server and what it
// depends on once (turbo, from the repository root), then runs it. After a source change, `npm run build`
// (or `npm start`) refreshes dist.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli.js", import.meta.url);

if (!existsSync(cli)) {
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  if (!existsSync(new URL("../../../turbo.json", import.meta.url))) {
    process.stderr.write("lendstack: dist/cli.js is missing and this is not the Lendstack repository; build it\n");
    process.exit(1);
  }
  process.stderr.write("lendstack: first run, building the CLI (npm run build for @lendstack/server)…\n");
  const build = spawnSync(
    "npx",
    ["--no-install", "turbo", "run", "build", "--filter=@lendstack/server...", "--output-logs=errors-only"],
    { cwd: root, stdio: ["ignore", 2, 2] },
  );
  if (build.status !== 0 || !existsSync(cli)) {
    process.stderr.write("lendstack: the build failed (see above)\n");
    process.exit(1);
  }
}

await import(cli.href);
