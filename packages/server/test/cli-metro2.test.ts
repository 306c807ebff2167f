import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { metro2Command } from "../src/cli/metro2.js";
import { ephemeralKeyring } from "../src/pii/master-keys.js";
import { accountOf, furnisher, parseMetro2 } from "./credit-reporting-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// `lendstack metro2` in-process against the test database: the same file as the API, stored and evented,
// written to --out; a refused month exits 1 and stores nothing. The command runs on the real clock, so the
// month reported (March 2025) has ended whenever this runs.

const pii = ephemeralKeyring();
let testDatabase: TestDatabase;
let api: TestApp;
const scratch = mkdtempSync(join(tmpdir(), "lendstack-metro2-"));
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { pii });
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await testDatabase.dispose();
});

describe("lendstack metro2", () => {
  it("generates, stores and writes the month's file, and refuses a bad month", async () => {
    const tenant = "metro2-cli";
    const token = await api.token(tenant);
    const party = await createParty(api, token, individual());
    const loan = await board(api, token, await createProduct(api, token), { borrowerReference: party.id });
    await api.call("PATCH", "/v1/settings", { token, body: { creditReporting: furnisher } });
    const out = join(scratch, "march.txt");
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const args = ["--month", "2025-03", "--out", out, "--tenant", tenant];
      expect(await metro2Command(args, testDatabase.database, pii)).toBe(0);
      expect(String(stdout.mock.calls.at(-1)?.[0])).toMatch(/^Metro 2 file m2f_\w+ for 2025-03: 1 accounts \(71: 1\)/);
      expect(await metro2Command(["--month", "2999-01", "--tenant", tenant], testDatabase.database, pii)).toBe(1);
      expect(String(stderr.mock.calls.at(-1)?.[0])).toContain("metro2: month_not_ended");
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const parsed = parseMetro2(readFileSync(out, "utf8"));
    // Nothing paid: 58 days past due on 2025-03-31; no close ran, so no month-end snapshots (D).
    expect(accountOf(parsed, String(loan.id)).base).toMatchObject({
      accountStatus: "71",
      dateOfFirstDelinquency: "02012025",
      paymentHistoryProfile: `DD${"B".repeat(22)}`,
      actualPayment: "000000000",
    });
    const files = await json(await api.call("GET", "/v1/credit-reporting/metro2-files", { token }));
    expect((files.data as { month: string }[]).map((file) => file.month)).toEqual(["2025-03"]);
    const events = await json(await api.call("GET", "/v1/events?type=metro2_file.created", { token }));
    expect(events.data).toHaveLength(1);
  });
});
