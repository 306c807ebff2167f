// The server process of the kill test (crash-kill.test.ts): the app on an ephemeral port over the database
// that DATABASE_URL (PostgreSQL) or PGLITE_DIR (a PGlite data folder) names. It prints `listening <port>`;
// a line `arm <step>` on stdin makes the next request that reaches that step print `paused <step>` and
// hang there, so the test can SIGKILL the process at exactly that point.
import { createInterface } from "node:readline";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/app.js";
import { createDatabase } from "../../src/db/database.js";
import type { FaultHook, FaultStep } from "../../src/http/faults.js";
import { createIdGenerator } from "../../src/ids.js";
import { createLogger } from "../../src/logger.js";
import { TEST_AUTH } from "../helpers/test-app.js";

const database = await createDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
await database.migrate();

let armed: FaultStep | undefined;
createInterface({ input: process.stdin }).on("line", (line) => {
  const [command, step] = line.trim().split(" ");
  if (command !== "arm") return;
  armed = step as FaultStep;
  process.stdout.write(`armed ${step}\n`);
});

const faults: FaultHook = async (step) => {
  if (step !== armed) return;
  armed = undefined;
  process.stdout.write(`paused ${step}\n`);
  await new Promise(() => {}); // until SIGKILL
};

const clock = () => new Date();
const app = createApp({
  database,
  clock,
  ids: createIdGenerator({ clock }),
  auth: TEST_AUTH,
  logger: createLogger("silent"),
  faults,
});
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
