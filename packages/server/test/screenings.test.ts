import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleSdnFiles } from "@lendstack/core/compliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sanctionsCommand } from "../src/cli/sanctions.js";
import { loadConfig } from "../src/config.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { business, createParty, individual } from "./parties-helpers.js";

// Sanctions screening and identity checks end to end, on PGlite and (with DATABASE_URL) PostgreSQL: the
// sample SDN list loaded by `lendstack sanctions load`, every party rescreened, hits held for review with
// a task, review by clear or confirm lifting or keeping the hold, and identity checks by the sandbox.

let testDatabase: TestDatabase;
let api: TestApp;
let sampleDir: string;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-04T12:00:00.000Z" });
  sampleDir = mkdtempSync(join(tmpdir(), "lendstack-sdn-"));
  writeFileSync(join(sampleDir, "sdn.csv"), sampleSdnFiles.sdn);
  writeFileSync(join(sampleDir, "alt.csv"), sampleSdnFiles.alt);
  writeFileSync(join(sampleDir, "add.csv"), sampleSdnFiles.add);
});
afterAll(async () => {
  rmSync(sampleDir, { recursive: true, force: true });
  await testDatabase.dispose();
});

const config = loadConfig({ LENDSTACK_DATA_DIR: "memory" });

async function loadSample(): Promise<number> {
  const write = process.stdout.write;
  process.stdout.write = () => true; // the command's summary line
  try {
    return await sanctionsCommand(["load", sampleDir], config, testDatabase.database);
  } finally {
    process.stdout.write = write;
  }
}

async function get(token: string, path: string) {
  const response = await api.call("GET", path, { token });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body;
}

const person = (first: string, last: string, taxId: string) =>
  individual({ name: { first, last }, taxId, emails: [{ kind: "personal", address: `${taxId}@example.com` }] });

describe("sanctions screening", () => {
  const tenant = "screening-a";
  let token: string;
  let clean: Record<string, unknown>;
  let listed: Record<string, unknown>;
  let owner: Record<string, unknown>;
  let company: Record<string, unknown>;

  beforeAll(async () => {
    token = await api.token(tenant);
    clean = await createParty(api, token, person("Ada", "Lovelace", "123-45-1111"));
    listed = await createParty(api, token, person("Aiman", "El-Zawahiri", "123-45-2222"));
    owner = await createParty(api, token, person("Grace", "Hopper", "123-45-3333"));
    company = await createParty(
      api,
      token,
      business([String(owner.id)], { legalName: "Northern Star Shipping Ltd", dbaName: "NSS", taxId: "12-3456780" }),
    );
  });

  it("refuses to screen before a list is loaded (409 sanctions_list_not_loaded)", async () => {
    const response = await api.call("POST", `/v1/parties/${clean.id}/screenings`, { token });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("sanctions_list_not_loaded");
  });

  it("loads the sample list and rescreens every party: hits held with a review task", async () => {
    expect(await loadSample()).toBe(0);
    const hits = (await get(token, "/v1/screening-hits?status=open")).data as Array<Record<string, unknown>>;
    expect(hits.map((hit) => [hit.partyId, (hit.entry as { id: string }).id, hit.matchedName])).toEqual([
      [listed.id, "90001", "EL-ZAWAHIRI, Aiman"],
      [company.id, "90009", "NORTHERN STAR SHIPPING LLC"],
    ]);
    const [hit] = hits;
    expect(hit).toMatchObject({ aliasId: "95002", screenedName: "Aiman El-Zawahiri", score: "1.0000" });
    expect((await get(token, `/v1/parties/${listed.id}`)).hold).toMatchObject({ reason: "sanctions_review" });
    expect((await get(token, `/v1/parties/${clean.id}`)).hold).toBeNull();
    const task = await get(token, `/v1/tasks/${hit?.taskId}`);
    expect(task).toMatchObject({
      name: "Review sanctions hit",
      queue: "compliance",
      status: "open",
      applicationId: null,
      partyId: listed.id,
      details: { screeningHitId: hit?.id, entryId: "90001", entryName: "AL-ZAWAHIRI, Ayman", score: "1.0000" },
    });
    const raised = (await get(token, "/v1/events?type=screening_hit.raised")).data as unknown[];
    const held = (await get(token, "/v1/events?type=party.held")).data as unknown[];
    const completed = (await get(token, "/v1/events?type=screening.completed")).data as unknown[];
    expect([raised.length, held.length, completed.length]).toEqual([2, 2, 4]);
  });

  it("screens a party on request: the same entry is not raised twice", async () => {
    const response = await api.call("POST", `/v1/parties/${listed.id}/screenings`, { token });
    const screening = await json(response);
    expect(response.status, JSON.stringify(screening)).toBe(201);
    expect(screening).toMatchObject({ object: "screening", outcome: "potential_match", trigger: "api" });
    expect(screening.threshold).toBe("0.85");
    const hits = screening.hits as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(1);
    expect(hits[0]?.screeningId).not.toBe(screening.id); // raised by the load's screening, kept
    const all = (await get(token, `/v1/screening-hits?partyId=${listed.id}`)).data as unknown[];
    expect(all).toHaveLength(1);
    const clear = await json(await api.call("POST", `/v1/parties/${clean.id}/screenings`, { token }));
    expect(clear).toMatchObject({ outcome: "clear", hits: [] });
  });

  it("clearing the hit completes its task and lifts the hold; a second review is 409", async () => {
    const [hit] = (await get(token, `/v1/screening-hits?partyId=${listed.id}`)).data as Array<Record<string, unknown>>;
    const missing = await api.call("POST", `/v1/screening-hits/${hit?.id}/clear`, { token, body: {} });
    expect(missing.status).toBe(422);
    expect(((await json(missing)).errors as Array<{ pointer: string }>).map((error) => error.pointer)).toEqual([
      "/note",
    ]);
    const note = "Date of birth 1990, the listed person's 1951";
    const response = await api.call("POST", `/v1/screening-hits/${hit?.id}/clear`, { token, body: { note } });
    const cleared = await json(response);
    expect(response.status, JSON.stringify(cleared)).toBe(200);
    expect(cleared).toMatchObject({ status: "cleared", reviewNote: note, reviewedBy: `user-of-${tenant}` });
    expect(await get(token, `/v1/tasks/${hit?.taskId}`)).toMatchObject({ status: "completed", outcome: "cleared" });
    expect((await get(token, `/v1/parties/${listed.id}`)).hold).toBeNull();
    const again = await api.call("POST", `/v1/screening-hits/${hit?.id}/confirm`, { token, body: { note } });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("screening_hit_reviewed");
    const released = (await get(token, "/v1/events?type=party.released")).data as Array<{ resourceId: string }>;
    expect(released.map((event) => event.resourceId)).toEqual([listed.id]);
  });

  it("confirming a hit keeps the party on hold", async () => {
    const [hit] = (await get(token, `/v1/screening-hits?partyId=${company.id}`)).data as Array<Record<string, unknown>>;
    const body = { note: "Same vessel operator, same address" };
    const confirmed = await json(await api.call("POST", `/v1/screening-hits/${hit?.id}/confirm`, { token, body }));
    expect(confirmed.status).toBe("confirmed");
    expect((await get(token, `/v1/parties/${company.id}`)).hold).toMatchObject({ reason: "sanctions_review" });
    const audit = (await get(token, `/v1/audit-records?resourceId=${hit?.id}`)).data as Array<{ action: string }>;
    expect(audit.map((record) => record.action).sort()).toEqual(["screening_hit.confirmed", "screening_hit.raised"]);
  });

  it("keeps hits to their tenant", async () => {
    const [hit] = (await get(token, "/v1/screening-hits")).data as Array<Record<string, unknown>>;
    const other = await api.token("screening-b");
    expect((await api.call("GET", `/v1/screening-hits/${hit?.id}`, { token: other })).status).toBe(404);
    expect((await get(other, "/v1/screening-hits")).data).toEqual([]);
    expect((await api.call("POST", `/v1/parties/${listed.id}/screenings`, { token: other })).status).toBe(404);
  });

  it("refuses a malformed list with the bad rows, storing nothing", async () => {
    const bad = mkdtempSync(join(tmpdir(), "lendstack-sdn-bad-"));
    writeFileSync(join(bad, "sdn.csv"), '1,"ONE","individual"\r\n');
    writeFileSync(join(bad, "alt.csv"), "");
    const write = process.stderr.write;
    let printed = "";
    process.stderr.write = (chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    };
    try {
      expect(await sanctionsCommand(["load", bad], config, testDatabase.database)).toBe(1);
    } finally {
      process.stderr.write = write;
      rmSync(bad, { recursive: true, force: true });
    }
    expect(printed).toContain("sdn.csv:1: expected 12 fields, found 3");
    const screened = await json(await api.call("POST", `/v1/parties/${clean.id}/screenings`, { token }));
    expect(screened.listId).toMatch(/^sls_/); // still the sample list
  });
});

describe("identity checks", () => {
  const tenant = "identity-a";
  it.each([
    ["123-45-0001", "pass", []],
    ["123-45-0002", "fail", ["date_of_birth_mismatch"]],
    ["123-45-0003", "review", ["address_unverified"]],
  ])("tax id %s: %s %o, stored, audited, with no PII in the answer or the event", async (taxId, outcome, codes) => {
    const token = await api.token(tenant);
    const party = await createParty(api, token, person("Ada", "Lovelace", taxId));
    const response = await api.call("POST", `/v1/parties/${party.id}/identity-checks`, { token });
    const check = await json(response);
    expect(response.status, JSON.stringify(check)).toBe(201);
    expect(check).toMatchObject({ object: "identity_check", partyId: party.id, provider: "sandbox", outcome });
    expect(check.reasonCodes).toEqual(codes);
    const events = (await get(token, "/v1/events?type=identity_check.completed")).data as Array<{ resourceId: string }>;
    const event = events.find((found) => found.resourceId === check.id);
    expect(event).toBeDefined();
    const audit = (await get(token, `/v1/audit-records?resourceId=${check.id}`)).data as Array<{ action: string }>;
    expect(audit.map((record) => record.action)).toEqual(["identity_check.completed"]);
    const exposed = JSON.stringify([check, event, audit]);
    expect(exposed).not.toContain("1985-06-15");
    expect(exposed).not.toContain(taxId.replaceAll("-", ""));
  });

  it("is for individuals: a business is 422 identity_check_individual_only; an unknown party 404", async () => {
    const token = await api.token(tenant);
    const owner = await createParty(api, token, person("Grace", "Hopper", "123-45-4444"));
    const company = await createParty(api, token, business([String(owner.id)], { taxId: "12-3456781" }));
    const response = await api.call("POST", `/v1/parties/${company.id}/identity-checks`, { token });
    expect(response.status).toBe(422);
    expect((await json(response)).code).toBe("identity_check_individual_only");
    const unknown = await api.call("POST", "/v1/parties/pty_01JGFJJZ0000000000000000AB/identity-checks", { token });
    expect(unknown.status).toBe(404);
  });
});
