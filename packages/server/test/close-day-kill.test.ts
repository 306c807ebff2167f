import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { date } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import { buildStatement } from "@lendstack/core/statements";
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/database.js";
import { closeRuns, events, loanEvents, loanSnapshots, loanStatements, loans } from "../src/db/schema/index.js";
import type { Db } from "../src/db/types.js";
import { decodeLoan, rowToEvent } from "../src/loans/codec.js";
import { toStatementDocument } from "../src/statements/view.js";
import { runCli, SERVER_PACKAGE } from "./helpers/cli.js";
import { createTestApp } from "./helpers/test-app.js";
import { board, createProduct } from "./loans-helpers.js";

// A close killed with SIGKILL midway and run again closes every loan exactly once: one snapshot and one
// "installment due" event per loan for the date, none twice.
const LOANS = 60;
const DATE = "2025-02-01"; // every loan's first due date
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lendstack-close-kill-"));
  const database = await createDatabase({ dataDir });
  try {
    await database.migrate();
    const api = createTestApp(database);
    const token = await api.token("kill");
    const productId = await createProduct(api, token);
    for (let k = 0; k < LOANS; k++) await board(api, token, productId, { externalReference: `K${k}` });
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** One statement per loan for the date, one `statement.issued` each, equal to core's statement of the loan. */
async function expectOneStatementPerLoan(db: Db): Promise<void> {
  const stored = await db.select().from(loanStatements).where(eq(loanStatements.tenantId, "kill"));
  const [issued] = await db
    .select({ total: count() })
    .from(events)
    .where(and(eq(events.tenantId, "kill"), eq(events.type, "statement.issued")));
  expect({ statements: stored.length, issued: issued?.total }).toEqual({ statements: LOANS, issued: LOANS });
  for (const row of stored) {
    const [loanRow] = await db
      .select()
      .from(loans)
      .where(and(eq(loans.tenantId, "kill"), eq(loans.id, row.loanId)));
    const eventRows = await db
      .select()
      .from(loanEvents)
      .where(and(eq(loanEvents.tenantId, "kill"), eq(loanEvents.loanId, row.loanId)))
      .orderBy(asc(loanEvents.sequence));
    const statement = unwrap(
      buildStatement({
        loan: decodeLoan(loanRow!),
        events: eventRows.map(rowToEvent),
        statementDate: date(DATE),
      }),
    );
    expect(row.document).toEqual(toStatementDocument(statement));
  }
}

/** Starts close-day in batches of 2 and kills it with SIGKILL once its progress shows some loans done. */
function closeAndKill(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli.ts", "close-day", "--date", DATE, "--batch", "2"],
      { cwd: SERVER_PACKAGE, env: { ...process.env, DATABASE_URL: "", LENDSTACK_DATA_DIR: dataDir } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = /close-day: (\d+)\/\d+ loans/g;
      const counts = [...stderr.matchAll(done)].map((match) => Number(match[1]));
      if (counts.some((n) => n >= 10)) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve(stderr));
  });
}

describe("a close killed midway", () => {
  it("closes every loan exactly once when run again", async () => {
    const killed = await closeAndKill();
    expect(killed).toMatch(/close-day: \d+\/60 loans/);
    const again = await runCli(["close-day", "--date", DATE, "--batch", "7"], { LENDSTACK_DATA_DIR: dataDir });
    expect(again.code, again.stderr).toBe(0);

    const database = await createDatabase({ dataDir });
    try {
      const [snapshots] = await database.db
        .select({ total: count() })
        .from(loanSnapshots)
        .where(and(eq(loanSnapshots.tenantId, "kill"), eq(loanSnapshots.asOfDate, DATE)));
      const [due] = await database.db
        .select({ total: count() })
        .from(events)
        .where(and(eq(events.tenantId, "kill"), eq(events.type, "loan.installment_due")));
      expect({ snapshots: snapshots?.total, installmentDueEvents: due?.total }).toEqual({
        snapshots: LOANS,
        installmentDueEvents: LOANS,
      });
      // The rerun continued the killed run: one run for the date, every loan counted once in it.
      const runs = await database.db
        .select({ status: closeRuns.status, loansClosed: closeRuns.loansClosed })
        .from(closeRuns)
        .where(and(eq(closeRuns.tenantId, "kill"), eq(closeRuns.businessDate, DATE)));
      expect(runs).toEqual([{ status: "succeeded", loansClosed: LOANS }]);
      // Every loan's statement, once, with its event, and each as an uninterrupted close builds it.
      await expectOneStatementPerLoan(database.db);
      console.info(
        `close kill test: killed after ${[...killed.matchAll(/(\d+)\/60/g)].at(-1)?.[1]} of ${LOANS} loans; rerun closed the rest`,
      );
    } finally {
      await database.close();
    }
  }, 120_000); // two CLI processes under tsx: over 30 s on a loaded machine
});
