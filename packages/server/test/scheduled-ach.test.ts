import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueCloses } from "../src/jobs/close-day/scheduler.js";
import { ephemeralKeyring } from "../src/pii/master-keys.js";
import { loanOnAutopay } from "./autopay-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The scheduled close (what `lendstack serve` and `lendstack worker` run) gets the PII keys, so its ACH
// step opens the account numbers and originates the day's autopay debits, as the test clock's close does.

let testDatabase: TestDatabase;
let api: TestApp;
const pii = ephemeralKeyring();
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z", pii });
});
afterAll(() => testDatabase.dispose());

describe("the scheduled close", () => {
  it("originates the autopay debit falling due in a NACHA file", async () => {
    const token = await api.token("scheduled-ach");
    await loanOnAutopay(api, token, "000123456789");

    // 2025-02-02 12:00 UTC: the closes of every date since the loan's first day run, 2025-02-01 (due) included.
    api.clock.advance(31 * 86_400_000);
    await runDueCloses({ db: testDatabase.db, clock: api.clock, ids: api.ids, pii });
    const files = await json(await api.call("GET", "/v1/ach-files", { token: await api.token("scheduled-ach") }));
    expect(files.data).toEqual([expect.objectContaining({ businessDate: "2025-02-01", entryCount: 1 })]);
  });
});
