#!/usr/bin/env node
// Runs README.md's shell commands as written, against a server started the way the README says.
//
// Every line of every ```sh block is handled: `npm install` runs; `npm start` runs with a free PORT and a
// scratch LENDSTACK_DATA_DIR (the only changes; `:3000` in later commands becomes that port); `export
// TOKEN=…` takes the token from the banner `npm start` printed; every other command (curl, npx, examples)
// runs in bash from the repository root and must exit 0 (curl with --fail-with-body, from a curlrc, so a
// non-2xx answer fails). Commands that CI runs as their own steps (the test suites, benchmarks, the
// PostgreSQL variants that need a database server) are listed as skipped, not run.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const SKIPPED = [
  { pattern: /^npm test\b|^npm run test\b|\bvitest\b/, why: "the test suites run as their own CI steps" },
  { pattern: /^npm run bench\b/, why: "the bench smoke runs as its own CI step" },
  { pattern: /^DATABASE_URL=/, why: "needs a PostgreSQL server; CI runs the PostgreSQL tests as their own step" },
];

/** The commands of every ```sh block, comments and blank lines dropped. */
function readmeCommands() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) => line.replace(/\s+#(?![{!]).*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm start`; resolves with the banner once it has printed its `Then try:` line. */
function startServer(env, timeoutMs) {
  const child = spawn("bash", ["-c", "npm start"], { cwd: root, env, detached: true });
  let output = "";
  const append = (chunk) => {
    output += chunk.toString();
  };
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", resolve);
      process.kill(-child.pid, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on("data", () => {
      if (!/^Then try: .*$/m.test(output)) return;
      clearTimeout(timer);
      resolve({ banner: output, stop, output: () => output });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited ${code} before its banner:\n${output}`));
    });
  });
}

function run(command, env) {
  const started = Date.now();
  const result = spawnSync("bash", ["-c", command], { cwd: root, env, encoding: "utf8", timeout: 600_000 });
  return { code: result.status ?? 1, ms: Date.now() - started, output: `${result.stdout}${result.stderr}` };
}

async function main() {
  const commands = readmeCommands();
  if (commands[0] !== "npm install && npm start")
    throw new Error("the README must open with `npm install && npm start`");
  const port = await freePort();
  const scratch = mkdtempSync(join(tmpdir(), "lendstack-readme-"));
  writeFileSync(join(scratch, ".curlrc"), "fail-with-body\nsilent\nshow-error\nmax-time = 120\n");
  const env = { ...process.env, PORT: String(port), CURL_HOME: scratch };
  for (const name of ["LENDSTACK_TOKEN", "LENDSTACK_URL", "TOKEN", "HOST", "JWT_SECRET", "JWKS_URL", "DATABASE_URL"]) {
    delete env[name];
  }
  let server;
  const failures = [];
  try {
    for (const command of commands) {
      const skipped = SKIPPED.find((rule) => rule.pattern.test(command));
      if (skipped) {
        console.log(`- skipped: ${command}  (${skipped.why})`);
        continue;
      }
      if (command === "npm install && npm start") {
        const install = run("npm install --no-audit --no-fund", env);
        if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
        console.log(`✓ npm install (${install.ms} ms)`);
        const started = Date.now();
        server = await startServer({ ...env, LENDSTACK_DATA_DIR: join(scratch, "data") }, 600_000);
        if (!server.banner.includes(`API reference: http://127.0.0.1:${port}/docs`)) {
          throw new Error(`the banner does not give the docs address on port ${port}:\n${server.banner}`);
        }
        console.log(`✓ npm start (PORT=${port}, banner after ${Date.now() - started} ms)`);
        continue;
      }
      if (command.startsWith("export TOKEN=")) {
        const token = /^export TOKEN=(\S+)$/m.exec(server?.banner ?? "")?.[1];
        if (token === undefined) throw new Error(`no export TOKEN= line in the banner:\n${server?.banner}`);
        env.TOKEN = token;
        console.log("✓ export TOKEN=… (from the banner)");
        continue;
      }
      const actual = command.replaceAll(":3000", `:${port}`);
      const result = run(actual, env);
      if (result.code === 0) console.log(`✓ ${command} (${result.ms} ms)`);
      else {
        failures.push(command);
        console.log(`✗ ${command} exited ${result.code}:\n${result.output}`);
      }
    }
  } finally {
    if (server) await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.log(`\n${failures.length} README command(s) failed.`);
    process.exit(1);
  }
  console.log("\nEvery README command worked as written.");
}

main().catch((error) => {
  console.error(`readme-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
