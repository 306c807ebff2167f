/**
 * The book round trip over HTTP at 10,000 loans (issue 13's proof), in-process on the embedded database
 * (PostgreSQL when DATABASE_URL is set): tenant A's book is boarded from the sample book's full histories
 * (`createImport` commit, not timed), exported with `GET /v1/exports/loans` as opening balances with A's figures on
 * 2026-06-30, and that file is imported as a dry run into tenant B with `POST /v1/imports`; every loan must
 * reconcile to the cent or the suite fails. The row is the dry run's loans a second through HTTP (JSON body parse,
 * replay, reconciliation, the stored import and its results); the baseline is `createImport` on the same file
 * without HTTP. The export's own rate is in the note.
 */
import { unwrap } from "../packages/core/src/errors/index.js";
import { exportLoan, sampleBook, toJsonLines } from "../packages/core/src/migration/index.js";
import { createApp } from "../packages/server/src/app.js";
import { mintDevelopmentToken } from "../packages/server/src/auth/development-token.js";
import { createIdGenerator } from "../packages/server/src/ids.js";
import { createImport } from "../packages/server/src/imports/service.js";
import { createLogger } from "../packages/server/src/logger.js";
import { allScopes } from "../packages/server/src/resources.js";
import { createTestDatabase } from "../packages/server/src/testing/test-database.js";
import { personalLoan } from "../packages/server/test/helpers/products.js";
import { type Suite, throughputResult } from "./harness.js";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const auth = { issuer: "bench", audience: "bench", keys: { kind: "secret" as const, secret: SECRET } };
const count = 10_000;
const clock = () => new Date("2026-07-01T12:00:00Z");

type App = ReturnType<typeof createApp>;

const tokenFor = (tenant: string) =>
  mintDevelopmentToken({
    tenant,
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
    now: clock(),
  });

async function call(app: App, tenant: string, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${await tokenFor(tenant)}` };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["idempotency-key"] = `${tenant}-${method}-${path}-${performance.now()}`;
  }
  return app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

const contextFor = (tenant: string) => ({
  tenantId: tenant,
  actor: "bench",
  requestId: "bench",
  now: clock(),
  ids: createIdGenerator({ clock }),
});

function expectAllMatched(step: string, totals: { matched: number; rows: number }) {
  if (totals.rows !== count || totals.matched !== count) {
    throw new Error(`${step}: ${totals.matched} of ${totals.rows} rows matched, ${count} expected`);
  }
}

const suite: Suite = {
  name: "import-round-trip",
  async run() {
    const testDatabase = await createTestDatabase();
    try {
      const app = createApp({
        database: testDatabase.database,
        clock,
        ids: createIdGenerator({ clock }),
        auth,
        logger: createLogger("silent"),
        limits: { bodyLimitBytes: 256 << 20 },
      });
      const product = await call(app, "trip-a", "POST", "/v1/products", personalLoan());
      if (product.status !== 201) throw new Error(`product: ${product.status} ${await product.text()}`);
      const productId = String(((await product.json()) as { id: string }).id);
      const book = toJsonLines(sampleBook(count, 2026).map((input) => unwrap(exportLoan(input))));
      const seedStart = performance.now();
      const seeded = unwrap(
        await createImport(testDatabase.db, contextFor("trip-a"), {
          format: "jsonl",
          data: book,
          mode: "commit",
          productId,
        }),
      );
      if (seeded.boarded !== count) throw new Error(`seeding boarded ${seeded.boarded} of ${count}`);
      const seedSeconds = (performance.now() - seedStart) / 1000;

      const exportStart = performance.now();
      const exported = await call(app, "trip-a", "GET", "/v1/exports/loans?asOf=2026-06-30&format=jsonl&form=opening");
      const file = await exported.text();
      const exportSeconds = (performance.now() - exportStart) / 1000;
      if (exported.status !== 200) throw new Error(`export: ${exported.status} ${file.slice(0, 500)}`);

      const dryStart = performance.now();
      const dry = await call(app, "trip-b", "POST", "/v1/imports", { format: "jsonl", data: file, mode: "dry_run" });
      const dryBody = (await dry.json()) as { totals: { rows: number; matched: number } };
      const drySeconds = (performance.now() - dryStart) / 1000;
      if (dry.status !== 201) throw new Error(`dry run: ${dry.status} ${JSON.stringify(dryBody).slice(0, 500)}`);
      expectAllMatched("HTTP dry run", dryBody.totals);

      const baseStart = performance.now();
      const direct = unwrap(
        await createImport(testDatabase.db, contextFor("trip-c"), { format: "jsonl", data: file, mode: "dry_run" }),
      );
      const baseSeconds = (performance.now() - baseStart) / 1000;
      expectAllMatched("createImport dry run", { rows: direct.total, matched: direct.matched });

      const rate = (seconds: number) => Math.round(count / seconds);
      const mb = (file.length / 1e6).toFixed(1);
      process.stderr.write(
        `import.round-trip: seeded ${count} loans at ${rate(seedSeconds)}/s; export ${rate(exportSeconds)}/s ` +
          `(${mb} MB); HTTP dry run ${rate(drySeconds)}/s, all ${count} matched; createImport ${rate(baseSeconds)}/s\n`,
      );
      return [
        throughputResult(
          `import.round-trip.http.${count / 1000}k`,
          count / drySeconds,
          count / baseSeconds,
          `loans/s, POST /v1/imports dry run of GET /v1/exports/loans (opening balances, ${mb} MB) of ${count} ` +
            `sample-book loans, all matched to the cent, on ${testDatabase.database.kind}; export ${rate(exportSeconds)} ` +
            "loans/s; baseline createImport on the same file without HTTP",
        ),
      ];
    } finally {
      await testDatabase.dispose();
    }
  },
};
export default suite;
