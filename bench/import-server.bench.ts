/**
 * Importing on the server, in-process on the embedded database (PostgreSQL when DATABASE_URL is set):
 * `createImport` over 1,000 sample-book loans (some 2.5 MB of JSON Lines) as opening balances on
 * 2026-06-30 (`exportLoan(…, "opening")`: active loans as their balances and the events after them),
 * as a dry run (parse, replay, reconcile, store the import and its 1,000 results) and as a commit into
 * a tenant of its own (the same, then each loan boarded in its own transaction, progress after each
 * batch). The baseline of each row is the plain import of the same loans with their full histories,
 * measured in the same run.
 */
import { unwrap } from "../packages/core/src/errors/index.js";
import { type ExportForm, exportLoan, sampleBook, toJsonLines } from "../packages/core/src/migration/index.js";
import { createApp } from "../packages/server/src/app.js";
import { mintDevelopmentToken } from "../packages/server/src/auth/development-token.js";
import type { Db } from "../packages/server/src/db/database.js";
import { createIdGenerator } from "../packages/server/src/ids.js";
import { createImport } from "../packages/server/src/imports/service.js";
import { createLogger } from "../packages/server/src/logger.js";
import { allScopes } from "../packages/server/src/resources.js";
import { createTestDatabase } from "../packages/server/src/testing/test-database.js";
import { personalLoan } from "../packages/server/test/helpers/products.js";
import { type Suite, throughputResult } from "./harness.js";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const auth = { issuer: "bench", audience: "bench", keys: { kind: "secret" as const, secret: SECRET } };
const count = 1_000;
const clock = () => new Date("2026-07-01T12:00:00Z");
const book = sampleBook(count, 2026);
const files: Record<ExportForm, string> = {
  opening: toJsonLines(book.map((input) => unwrap(exportLoan(input, "opening")))),
  history: toJsonLines(book.map((input) => unwrap(exportLoan(input, "history")))),
};
const openings = files.opening.split("\n").filter((line) => line.includes('"opening":')).length;

type App = ReturnType<typeof createApp>;

/** A tenant with the product every row boards under. */
async function tenantWithProduct(app: App, tenant: string): Promise<string> {
  const token = await mintDevelopmentToken({
    tenant,
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
    now: clock(),
  });
  const response = await app.request("/v1/products", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": tenant },
    body: JSON.stringify(personalLoan()),
  });
  if (response.status !== 201) throw new Error(`product: ${response.status} ${await response.text()}`);
  return String(((await response.json()) as { id: string }).id);
}

/** Loans a second of one import of `form` in `mode` into `tenant`; checks every loan matched (and boarded). */
async function rate(db: Db, tenant: string, form: ExportForm, mode: "dry_run" | "commit", productId: string) {
  const context = {
    tenantId: tenant,
    actor: "bench",
    requestId: "bench",
    now: clock(),
    ids: createIdGenerator({ clock }),
  };
  const start = performance.now();
  const created = unwrap(await createImport(db, context, { format: "jsonl", data: files[form], mode, productId }));
  const seconds = (performance.now() - start) / 1000;
  const done = mode === "commit" ? created.boarded : created.matched;
  if (created.matched !== count || done !== count) {
    throw new Error(`import.${form}.${mode}: ${created.matched} matched, ${created.boarded} boarded of ${count}`);
  }
  return count / seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const suite: Suite = {
  name: "import-server",
  async run() {
    const testDatabase = await createTestDatabase();
    try {
      const app = createApp({
        database: testDatabase.database,
        clock,
        ids: createIdGenerator({ clock }),
        auth,
        logger: createLogger("silent"),
      });
      const { db } = testDatabase;
      const dryTenant = "bench-import-dry";
      const dryProduct = await tenantWithProduct(app, dryTenant);
      await rate(db, dryTenant, "opening", "dry_run", dryProduct); // warm-up
      const dry = { opening: [] as number[], history: [] as number[] };
      for (let i = 0; i < 3; i++) {
        dry.opening.push(await rate(db, dryTenant, "opening", "dry_run", dryProduct));
        dry.history.push(await rate(db, dryTenant, "history", "dry_run", dryProduct));
      }
      // One commit each, into a tenant of its own (a second commit of a file boards nothing).
      const commit: Record<ExportForm, number> = { opening: 0, history: 0 };
      for (const form of ["history", "opening"] as const) {
        const tenant = `bench-import-${form}`;
        commit[form] = await rate(db, tenant, form, "commit", await tenantWithProduct(app, tenant));
      }
      const kind = testDatabase.database.kind;
      const about = `${count} sample-book loans (${openings} as opening balances), ${(files.opening.length / 1e6).toFixed(1)} MB JSONL, on ${kind}`;
      process.stderr.write(
        `import.opening: dry run ${Math.round(median(dry.opening))}/s (history ${Math.round(median(dry.history))}/s), ` +
          `commit ${Math.round(commit.opening)}/s (history ${Math.round(commit.history)}/s)\n`,
      );
      return [
        throughputResult(
          "import.opening.dry-run.1k",
          median(dry.opening),
          median(dry.history),
          `loans/s, createImport dry run: ${about}, all matched; baseline the same loans with full histories`,
        ),
        throughputResult(
          "import.opening.commit.1k",
          commit.opening,
          commit.history,
          `loans/s, createImport commit (one transaction a loan, batches of 25): ${about}, all boarded; baseline full histories`,
        ),
      ];
    } finally {
      await testDatabase.dispose();
    }
  },
};
export default suite;
