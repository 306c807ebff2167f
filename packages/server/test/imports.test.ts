import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { date } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook, sampleBookAsOf, toJsonLines } from "@lendstack/core/migration";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importCommand } from "../src/cli/import.js";
import { imports } from "../src/db/schema/index.js";
import { exportBook } from "../src/imports/export-book.js";
import { createImport } from "../src/imports/service.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  // The sample book's histories run to 2026-06-30; a book of 200 loans is some 500 KB of JSON Lines.
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

/** The sample book's loans as import lines, each with Lendstack's own figures as of 2026-06-30. */
function bookLines(count: number, seed: number): string[] {
  return sampleBook(count, seed).map((input) => JSON.stringify(unwrap(exportLoan(input))));
}

async function postImport(token: string, body: Record<string, unknown>) {
  const response = await api.call("POST", "/v1/imports", { token, body });
  const created = await json(response);
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

async function results(token: string, importId: unknown, query = "") {
  const response = await api.call("GET", `/v1/imports/${importId}/results${query}`, { token });
  expect(response.status).toBe(200);
  return (await json(response)).data as Array<Record<string, unknown>>;
}

async function loansWithReference(token: string, reference: string) {
  const response = await api.call("GET", `/v1/loans?externalReference=${encodeURIComponent(reference)}`, { token });
  return (await json(response)).data as Array<Record<string, unknown>>;
}

/** Three loans; the second's source interest is 2 cents above Lendstack's. */
function bookWithMismatch(seed: number): string {
  const lines = bookLines(3, seed);
  const second = JSON.parse(lines[1] as string);
  const interest = BigInt(second.sourceFigures.interestMinor) + 2n;
  second.sourceFigures.interestMinor = interest.toString();
  lines[1] = JSON.stringify(second);
  return lines.join("\n");
}

describe("imports API", () => {
  it("dry run: reports the first differing figure, boards nothing", async () => {
    const token = await api.token("import-dry");
    const created = await postImport(token, { format: "jsonl", data: bookWithMismatch(1), mode: "dry_run" });
    expect(created).toMatchObject({
      object: "import",
      mode: "dry_run",
      status: "completed",
      progress: { processed: 0, total: 0 },
      totals: { rows: 3, matched: 2, mismatched: 1, unchecked: 0, failed: 0, refused: 0, boarded: 0 },
    });
    const [mismatch, ...more] = await results(token, created.id, "?status=mismatch");
    expect(more).toEqual([]);
    expect(mismatch).toMatchObject({ row: 2, sourceId: "SRC-1-1", outcome: null, loanId: null });
    expect(mismatch?.difference).toMatchObject({ figure: "interestMinor", difference: "-2" });
    expect(await loansWithReference(token, "SRC-1-0")).toEqual([]);
    const fetched = await api.call("GET", `/v1/imports/${created.id}`, { token });
    expect((await json(fetched)).totals).toEqual(created.totals);
  });

  it("commit: boards only the matching loans, once; a re-run boards nothing new", async () => {
    const token = await api.token("import-commit");
    const productId = await createProduct(api, token);
    const data = bookWithMismatch(2);
    const first = await postImport(token, { format: "jsonl", data, mode: "commit", productId });
    expect(first).toMatchObject({
      status: "completed",
      progress: { processed: 2, total: 2 },
      totals: { matched: 2, mismatched: 1, boarded: 2, alreadyBoarded: 0 },
    });
    const rows = await results(token, first.id);
    expect(rows.map((r) => r.outcome)).toEqual(["boarded", "not_boarded", "boarded"]);
    const [boarded] = await loansWithReference(token, "SRC-2-0");
    expect(boarded).toMatchObject({ id: rows[0]?.loanId, productId, externalReference: "SRC-2-0" });
    expect(await loansWithReference(token, "SRC-2-1")).toEqual([]);

    const again = await postImport(token, { format: "jsonl", data, mode: "commit", productId });
    expect(again.totals).toMatchObject({ boarded: 0, alreadyBoarded: 2 });
    const rerun = await results(token, again.id, "?outcome=already_boarded");
    expect(rerun.map((r) => r.loanId)).toEqual([rows[0]?.loanId, rows[2]?.loanId]);
    expect(await loansWithReference(token, "SRC-2-0")).toHaveLength(1);
  });

  it("a bad row is listed with row, field and reason, and nothing of it is boarded", async () => {
    const token = await api.token("import-bad");
    const productId = await createProduct(api, token);
    const [good, bad] = bookLines(2, 3).map((line) => JSON.parse(line));
    bad.history[1].amountMinor = "12.50";
    const data = [JSON.stringify(good), JSON.stringify(bad)].join("\n");
    const created = await postImport(token, { format: "jsonl", data, mode: "commit", productId });
    expect(created.totals).toMatchObject({ rows: 2, matched: 1, refused: 1, boarded: 1 });
    const [refused] = await results(token, created.id, "?status=refused");
    expect(refused).toMatchObject({ row: 2, sourceId: "SRC-3-1", outcome: "not_boarded", loanId: null });
    expect(refused?.errors).toEqual([
      { path: "history[1].amountMinor", code: "invalid_field", reason: expect.stringMatching(/whole number/) },
    ]);
    expect(await loansWithReference(token, "SRC-3-1")).toEqual([]);
  });

  it("resumes a commit interrupted after its first batch, boarding each loan once", async () => {
    const token = await api.token("import-resume");
    const productId = await createProduct(api, token);
    const data = bookLines(30, 7).join("\n");
    const context = { tenantId: "import-resume", actor: "test", requestId: "test", now: api.clock(), ids: api.ids };
    const crash = new Error("the process died");
    // Outside a request each loan commits on its own; the progress callback throws after the first batch.
    const request = { format: "jsonl" as const, data, mode: "commit" as const, productId };
    await expect(
      createImport(testDatabase.db, context, request, () => {
        throw crash;
      }),
    ).rejects.toBe(crash);
    const list = await api.call("GET", "/v1/loans?limit=100", { token });
    expect((await json(list)).data).toHaveLength(25);
    const rows = await testDatabase.db.select().from(imports);
    const record = rows.find((row) => row.tenantId === "import-resume");
    expect(record).toMatchObject({ status: "boarding", processed: 25, toBoard: 30, boarded: 25 });

    const resumed = await api.call("POST", `/v1/imports/${record?.id}/resumptions`, { token });
    const body = await json(resumed);
    expect(resumed.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: "completed",
      progress: { processed: 30, total: 30 },
      totals: { boarded: 30 },
    });
    const after = await api.call("GET", "/v1/loans?limit=100", { token });
    expect((await json(after)).data).toHaveLength(30);
    const again = await api.call("POST", `/v1/imports/${record?.id}/resumptions`, { token });
    expect((await json(again)).totals).toMatchObject({ boarded: 30, alreadyBoarded: 0 });
  }, 120_000);

  it("refuses a missing import and an unknown product", async () => {
    const token = await api.token("import-errors");
    const missing = await api.call("GET", "/v1/imports/imp_01JGFJJZ0000000000000000AB", { token });
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("import_not_found");
    const body = {
      format: "jsonl",
      data: bookLines(1, 4).join("\n"),
      mode: "commit",
      productId: "prd_01JGFJJZ0000000000000000AB",
    };
    const unknown = await api.call("POST", "/v1/imports", { token, body });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).code).toBe("product_not_found");
  });

  it("round trip: a book boarded in one tenant, exported and imported into another, reconciles to the cent", async () => {
    const count = 200;
    const tokenA = await api.token("import-book-a");
    const tokenB = await api.token("import-book-b");
    const productA = await createProduct(api, tokenA);
    const productB = await createProduct(api, tokenB);
    const source = toJsonLines(sampleBook(count, 5).map((input) => unwrap(exportLoan(input))));
    const intoA = await postImport(tokenA, { format: "jsonl", data: source, mode: "commit", productId: productA });
    expect(intoA.totals).toMatchObject({ rows: count, matched: count, boarded: count });

    const exported = unwrap(await exportBook(testDatabase.db, "import-book-a", sampleBookAsOf));
    const intoB = await postImport(tokenB, { format: "jsonl", data: exported, mode: "commit", productId: productB });
    expect(intoB.totals).toMatchObject({ rows: count, matched: count, mismatched: 0, refused: 0, boarded: count });
    // Tenant B now holds the same book: its own export is the same file, figure for figure.
    expect(unwrap(await exportBook(testDatabase.db, "import-book-b", date("2026-06-30")))).toBe(exported);
  }, 240_000);
});

describe("lendstack import", () => {
  it("prints the reconciliation, exits 1 on a mismatch, and --commit boards with progress", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lendstack-import-"));
    const file = join(dir, "book.jsonl");
    await writeFile(file, bookWithMismatch(6));
    const progress: string[] = [];
    const stream = { isTTY: false, write: (text: string) => progress.push(text) };
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((text) => printed.push(String(text)) > 0);
    try {
      const tenant = ["--tenant", "import-cli"];
      expect(await importCommand([file, ...tenant], testDatabase.database, stream)).toBe(1);
      expect(printed.join("")).toMatch(/3 rows: 2 match, 1 mismatch/);
      expect(printed.join("")).toMatch(/row 2 SRC-6-1: interestMinor expected \d+, actual \d+ \(-2\)/);
      const token = await api.token("import-cli");
      const productId = await createProduct(api, token);
      const commit = [file, "--commit", "--product", productId, ...tenant];
      expect(await importCommand(commit, testDatabase.database, stream)).toBe(1);
      expect(progress.join("")).toMatch(/2\/2 loans/);
      expect(printed.join("")).toMatch(/boarded 2, already boarded 0, of 2 to board/);
      expect(await loansWithReference(token, "SRC-6-0")).toHaveLength(1);
    } finally {
      stdout.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
