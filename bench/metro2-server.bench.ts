/**
 * Credit reporting on the server: `metro2.server.1k` is `generateMetro2File` for a month over a seeded book
 * of 1,000 loans (each with its borrower party, 24 month-end snapshots written by SQL): reading the loans,
 * events, snapshots and parties page by page, replaying each to the month's end, opening the PII, mapping,
 * building, sealing and storing the file. Baseline: the same pages read and every loan replayed, nothing
 * else. On PostgreSQL when DATABASE_URL is set, else PGlite.
 */

import { sql } from "drizzle-orm";
import { date } from "../packages/core/src/calendar/index.js";
import { previousMonthEnds } from "../packages/core/src/credit-reporting/index.js";
import { replay } from "../packages/core/src/servicing/index.js";
import { createApp } from "../packages/server/src/app.js";
import { mintDevelopmentToken } from "../packages/server/src/auth/development-token.js";
import { generateMetro2File } from "../packages/server/src/credit-reporting/generate.js";
import { loadLoanPage, loansToReport } from "../packages/server/src/credit-reporting/load.js";
import { createIdGenerator } from "../packages/server/src/ids.js";
import { decodeLoan, rowToEvent } from "../packages/server/src/loans/codec.js";
import { createLogger } from "../packages/server/src/logger.js";
import { ephemeralKeyring } from "../packages/server/src/pii/master-keys.js";
import { allScopes } from "../packages/server/src/resources.js";
import { createTestDatabase } from "../packages/server/src/testing/test-database.js";
import { personalLoan } from "../packages/server/test/helpers/products.js";
import { type Suite, timeResult } from "./harness.js";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const auth = { issuer: "bench", audience: "bench", keys: { kind: "secret" as const, secret: SECRET } };
const tenant = "bench-metro2";
const loans = 1_000;
const clock = () => new Date("2026-12-01T12:00:00Z");
type Database = Awaited<ReturnType<typeof createTestDatabase>>;

async function seed(testDatabase: Database, pii: ReturnType<typeof ephemeralKeyring>) {
  const app = createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth,
    pii,
    logger: createLogger("silent"),
  });
  const token = await mintDevelopmentToken({
    tenant,
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
    now: clock(),
  });
  let keys = 0;
  const post = async (path: string, body: unknown, method = "POST") => {
    keys += 1;
    const response = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": `bench-${keys}`,
      },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const productId = (await post("/v1/products", personalLoan())).id;
  await post(
    "/v1/settings",
    { creditReporting: { identificationNumber: "BENCH01", reporterName: "Bench", reporterAddress: "1 Main St" } },
    "PATCH",
  );
  for (let i = 0; i < loans; i++) {
    const party = await post("/v1/parties", {
      type: "individual",
      name: { first: "Pat", last: `Borrower${i}` },
      dateOfBirth: "1985-06-15",
      taxIdType: "ssn",
      taxId: `123-45-${String(1_000 + i).padStart(4, "0")}`,
      addresses: [
        {
          kind: "residential",
          line1: `${i} Main St`,
          city: "Lincoln",
          region: "NE",
          postalCode: "68508",
          country: "US",
        },
      ],
    });
    const disbursementDate = `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`;
    const firstPaymentDate = i % 12 === 11 ? "2026-01-15" : `2025-${String(2 + (i % 12)).padStart(2, "0")}-15`;
    await post("/v1/loans", {
      productId,
      amount: 1_000_000,
      currency: "USD",
      numberOfPayments: 36,
      ratePercent: "12",
      disbursementDate,
      firstPaymentDate,
      borrowerReference: party.id,
    });
  }
  for (const end of previousMonthEnds(date("2026-11-30"), 24)) {
    await testDatabase.db.execute(sql`insert into loan_snapshots (tenant_id, loan_id, as_of_date, events_version, status,
      days_past_due, delinquency_bucket, is_non_performing, currency, principal_minor, interest_minor, fees_minor,
      penalties_minor, accrued_interest_minor, computed_at)
      select tenant_id, id, ${end}, version, 'active', 0, 'current', false, currency, principal_minor, 0, 0, 0, 0, now()
      from loans where tenant_id = ${tenant} and disbursement_date <= ${end}`);
  }
}

async function replayOnly(testDatabase: Database): Promise<number> {
  const month = { lastDay: date("2026-11-30") };
  let replayed = 0;
  for (let after = ""; ; ) {
    const rows = await loansToReport(testDatabase.db, tenant, month.lastDay, after, 500);
    if (rows.length === 0) return replayed;
    const data = await loadLoanPage(testDatabase.db, tenant, rows, previousMonthEnds(month.lastDay, 24));
    for (const row of rows) {
      if (replay(decodeLoan(row), (data.events.get(row.id) ?? []).map(rowToEvent), month.lastDay).ok) replayed++;
    }
    after = rows.at(-1)?.id ?? after;
  }
}

const suite: Suite = {
  name: "metro2-server",
  async run() {
    const testDatabase = await createTestDatabase();
    const pii = ephemeralKeyring();
    try {
      await seed(testDatabase, pii);
      const context = {
        tenantId: tenant,
        actor: "bench",
        requestId: "bench",
        now: clock(),
        ids: createIdGenerator({ clock }),
        businessDate: "2026-12-01",
      };
      const generateMs: number[] = [];
      const baselineMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        let start = performance.now();
        const file = await generateMetro2File({ db: testDatabase.db, pii }, context, "2026-11");
        generateMs.push(performance.now() - start);
        if (!file.ok || file.value.accountCount !== loans) throw new Error("the bench book was not reported whole");
        start = performance.now();
        if ((await replayOnly(testDatabase)) !== loans) throw new Error("a bench loan did not replay");
        baselineMs.push(performance.now() - start);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] as number;
      const generate = median(generateMs);
      return [
        timeResult(
          "metro2.server.1k",
          generate * 1000,
          median(baselineMs) * 1000,
          `generateMetro2File over 1,000 seeded loans on ${testDatabase.database.kind}, ${(generate / 1000).toFixed(2)} s ` +
            `(${((generate / loans) * 1000).toFixed(0)} µs a loan); baseline reads and replays the same loans`,
        ),
      ];
    } finally {
      await testDatabase.dispose();
    }
  },
};
export default suite;
