import { Writable } from "node:stream";
import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook, toJsonLines } from "@lendstack/core/migration";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportCommand } from "../src/cli/export.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { exportBookText, postImport } from "./imports-helpers.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  // The sample book's histories run to 2026-06-30; 200 loans are some 500 KB of JSON Lines.
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

const exportBook = (token: string, query: string) => exportBookText(api, token, query);

/** Each line's source id and figures. */
function figuresBySource(text: string): Map<string, unknown> {
  const lines = text.split("\n").filter((line) => line !== "");
  return new Map(lines.map((line) => JSON.parse(line)).map((row) => [row.sourceId, row.sourceFigures]));
}

describe("the book round trip over HTTP", () => {
  it("exported from tenant A (opening balances or history) and imported into tenant B: all match, figures equal", async () => {
    const count = 200;
    const [tokenA, tokenB] = [await api.token("trip-a"), await api.token("trip-b")];
    const source = toJsonLines(sampleBook(count, 13).map((input) => unwrap(exportLoan(input))));
    const productA = await createProduct(api, tokenA);
    const intoA = await postImport(api, tokenA, { format: "jsonl", data: source, mode: "commit", productId: productA });
    expect(intoA.totals).toMatchObject({ rows: count, matched: count, boarded: count });

    const opening = await exportBook(tokenA, "?asOf=2026-06-30&format=jsonl&form=opening");
    const rows = opening.split("\n").filter((line) => line !== "");
    expect(rows).toHaveLength(count);
    expect(rows.filter((line) => line.includes('"opening":')).length).toBeGreaterThan(count / 2);
    const dry = await postImport(api, tokenB, { format: "jsonl", data: opening, mode: "dry_run" });
    expect(dry.totals).toMatchObject({ rows: count, matched: count, mismatched: 0, failed: 0, refused: 0 });
    const productB = await createProduct(api, tokenB);
    const intoB = await postImport(api, tokenB, {
      format: "jsonl",
      data: opening,
      mode: "commit",
      productId: productB,
    });
    expect(intoB.totals).toMatchObject({ matched: count, boarded: count, alreadyBoarded: 0 });

    // B's book, exported as of the same date and later, has A's figures loan by loan.
    for (const asOf of ["2026-06-30", "2026-09-15"]) {
      const fromA = figuresBySource(await exportBook(tokenA, `?asOf=${asOf}`));
      const fromB = figuresBySource(await exportBook(tokenB, `?asOf=${asOf}&form=history`));
      expect(fromB.size).toBe(count);
      expect(fromB).toEqual(fromA);
    }
    // `lendstack export` writes the same file.
    const printed: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        printed.push(String(chunk));
        done();
      },
    });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const args = ["--as-of", "2026-06-30", "--opening-balances", "--tenant", "trip-a"];
      expect(await exportCommand(args, testDatabase.database, out)).toBe(0);
    } finally {
      stderr.mockRestore();
    }
    expect(printed.join("")).toBe(opening);
    const history = await exportBook(tokenA, "?asOf=2026-06-30");
    const dryHistory = await postImport(api, tokenB, { format: "jsonl", data: history, mode: "dry_run" });
    expect(dryHistory.totals).toMatchObject({ rows: count, matched: count });
  }, 300_000);

  it("refuses a bad date, an unknown format or parameter with a problem; an empty book is empty", async () => {
    const token = await api.token("trip-bad");
    const badDate = await api.call("GET", "/v1/exports/loans?asOf=2026-02-30", { token });
    expect(badDate.status).toBe(422);
    expect(await json(badDate)).toMatchObject({ code: "invalid_date" });
    const unknown = await api.call("GET", "/v1/exports/loans?colour=blue", { token });
    expect(unknown.status).toBe(400);
    const format = await api.call("GET", "/v1/exports/loans?format=csv", { token });
    expect(format.status).toBe(422);
    const empty = await api.call("GET", "/v1/exports/loans", { token });
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe("");
  });
});
