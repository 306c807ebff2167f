import { parseLocalDate } from "@lendstack/core/calendar";
import { createDatabase } from "../../src/db/database.js";
import { createIdGenerator } from "../../src/ids.js";
import { closeDay } from "../../src/jobs/close-day/close-day.js";

// A close-day worker for kill tests: the close the CLI runs, but it prints `closed <loans>` on stdout as each
// batch commits (the CLI's progress lines come at most every 2 s), so a test can SIGKILL it after some batches
// and before the others. DATABASE_URL (PostgreSQL) or LENDSTACK_DATA_DIR (PGlite); CLOSE_DATE, CLOSE_BATCH.

const businessDate = parseLocalDate(process.env.CLOSE_DATE ?? "");
if (!businessDate.ok) throw new Error(`CLOSE_DATE: ${businessDate.error.message}`);
const database = await createDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.LENDSTACK_DATA_DIR });
const clock = () => new Date();
await closeDay(
  database.db,
  { businessDate: businessDate.value, batchSize: Number(process.env.CLOSE_BATCH ?? "2") },
  { clock, ids: createIdGenerator({ clock }), onProgress: (done) => process.stdout.write(`closed ${done}\n`) },
);
await database.close();
process.stdout.write("finished\n");
