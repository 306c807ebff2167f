import ach from "@ach/ach";
import { parseAchFile } from "@lendstack/core/payments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxPaymentProcessor, sandboxReturnsFile } from "../src/adapters/payment-processor/index.js";
import { saveTenantSettings } from "../src/tenants/store.js";
import { loanOnAutopay } from "./autopay-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// End to end on a sandbox's test clock, PGlite and (with DATABASE_URL) PostgreSQL: enroll autopay, advance
// to the due date, the close builds a NACHA file (checked by @ach/ach, an independent parser), the sandbox
// returns R01, the payment is reversed with the NSF fee, one re-presentment goes out as RETRY PYMT, a second
// R01 stops attempts under 12 CFR 1041.8.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

/** Parses with @ach/ach, fed one line at a time; its file control arrives at the end. */
function parseWithLibrary(text: string) {
  const parser = ach().getParser("ach");
  let parsed: import("@ach/ach").AchLibraryFile | undefined;
  parser.on("data", (file) => {
    parsed = file;
  });
  for (const line of text.split("\n")) parser.write({ string: line });
  parser.end();
  if (parsed === undefined) throw new Error("@ach/ach did not emit a file");
  return parsed;
}

const tenant = "ach-e2e";
let token: string;
let loanId: string;

async function advance(to: string) {
  const response = await api.call("POST", "/v1/test-clock/advances", { token, body: { to } });
  expect(response.status, await response.clone().text()).toBe(200);
}
async function files(): Promise<Array<Record<string, unknown>>> {
  return (await json(await api.call("GET", "/v1/ach-files", { token }))).data as Array<Record<string, unknown>>;
}
async function download(fileId: unknown): Promise<string> {
  const response = await api.call("GET", `/v1/ach-files/${String(fileId)}/content`, { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  return response.text();
}
async function returnsFor(text: string) {
  const answer = sandboxReturnsFile(text, sandboxPaymentProcessor);
  if (!answer.ok || answer.value === undefined) throw new Error("the sandbox sent nothing back");
  const response = await api.call("POST", "/v1/ach-returns", { token, body: { file: answer.value } });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.returns as Array<Record<string, unknown>>;
}
async function transactions() {
  const list = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
  return (list.data as Array<{ type: string; amount: number; date: string }>).map(
    (t) => `${t.date} ${t.type} ${t.amount}`,
  );
}

describe("autopay over ACH, returns and 12 CFR 1041.8", () => {
  it("enrolls autopay on a sandbox loan whose account returns R01", async () => {
    await saveTenantSettings(testDatabase.db, tenant, { sandbox: true }, api.clock());
    token = await api.token(tenant);
    loanId = (await loanOnAutopay(api, token, "000111111111")).loanId;
  });

  it("closing the due date builds a PPD file effective the next ACH business day, read alike by @ach/ach", async () => {
    await advance("2025-01-31");
    expect(await files()).toEqual([]);
    await advance("2025-02-02"); // closes Saturday 2025-02-01, the first due date
    const [file] = await files();
    expect(file).toMatchObject({
      businessDate: "2025-02-01",
      effectiveEntryDate: "2025-02-03",
      secCode: "PPD",
      entryCount: 1,
    });
    const text = await download(file?.id);
    const lines = text.split("\n").slice(0, -1);
    expect(lines.every((line) => line.length === 94)).toBe(true);
    expect(lines.length % 10).toBe(0);
    const library = parseWithLibrary(text);
    const [batch] = library.batches;
    expect(batch?.entryClassCode).toBe("PPD");
    expect(batch?.entries).toHaveLength(1);
    expect(batch?.entries[0]?.transactionCode).toBe("27");
    expect(library.file.footer.totalDebit).toBe(file?.totalDebit);
    expect(library.file.footer.entryAndAddendaCount).toBe(1);
    const ours = parseAchFile(text);
    expect(ours.ok && ours.value.batches[0]?.entries[0]?.accountNumber).toBe("000111111111");
    expect((await transactions()).filter((t) => t.includes("payment"))).toEqual([
      `2025-02-01 payment ${file?.totalDebit}`,
    ]);
  });

  it("an R01 two business days later reverses the payment, charges the NSF fee and re-presents once", async () => {
    await advance("2025-02-05");
    const [file] = await files();
    const [outcome] = await returnsFor(await download(file?.id));
    expect(outcome).toMatchObject({
      returnCode: "R01",
      nsfFeeCharged: true,
      instrumentDisabled: false,
      autopaySuspended: false,
      problem: null,
    });
    expect(String(outcome?.representmentId)).toMatch(/^ache_/);
    const history = await transactions();
    expect(history).toContain(`2025-02-05 payment-reversal ${String(file?.totalDebit)}`);
    expect(history).toContain("2025-02-05 nsf-fee 2500");
    await advance("2025-02-06");
    const all = await files();
    expect(all).toHaveLength(2);
    const retry = parseWithLibrary(await download(all[1]?.id));
    expect(retry.batches[0]?.entries).toHaveLength(1);
    expect(retry.file.footer.totalDebit).toBe(file?.totalDebit);
    expect(parseAchFile(await download(all[1]?.id)).ok).toBe(true);
  });

  it("a second R01 stops attempts under 12 CFR 1041.8 until a new authorization", async () => {
    await advance("2025-02-10");
    const all = await files();
    const [outcome] = await returnsFor(await download(all[1]?.id));
    expect(outcome).toMatchObject({
      returnCode: "R01",
      nsfFeeCharged: true,
      representmentId: null,
      autopaySuspended: true,
    });
    expect(await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).toMatchObject({
      status: "suspended",
      statusReason: "payment_transfers_blocked_after_two_failures",
    });
    await advance("2025-03-05"); // the 2025-03-01 installment falls due: nothing is sent
    expect(await files()).toHaveLength(2);
    const events = await json(await api.call("GET", "/v1/events?type=autopay.suspended", { token }));
    expect(events.data).toHaveLength(1);
  });
});
