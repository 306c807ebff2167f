import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allScopes } from "../src/resources.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { business, createParty, individual } from "./parties-helpers.js";

// /v1/parties end to end, on PGlite and (with DATABASE_URL) PostgreSQL: validation listing every bad
// field, duplicates, masking and audited reveals, lookup by tax id, updates, events and tenant isolation.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const withoutPii = (tenant: string) =>
  api.token(
    tenant,
    allScopes().filter((scope) => scope !== "pii:read"),
  );

async function auditActions(token: string, resourceId: string): Promise<string[]> {
  const page = await json(await api.call("GET", `/v1/audit-records?resourceId=${resourceId}`, { token }));
  return (page.data as Array<{ action: string }>).map((record) => record.action);
}

describe("creating parties", () => {
  it("creates an individual, masked in the answer, with an event and an audit record", async () => {
    const token = await api.token("create-a");
    const created = await createParty(api, token, individual());
    expect(created).toMatchObject({
      object: "party",
      type: "individual",
      displayName: "Ada Lovelace",
      taxIdType: "ssn",
      taxId: "***-**-6789",
      dateOfBirth: "****-**-**",
      piiRevealed: false,
      statedAnnualIncome: 8_500_000,
      currency: "USD",
      possibleDuplicates: [],
    });
    expect(String(created.id)).toMatch(/^pty_[0-9A-Z]{26}$/);
    const events = await json(await api.call("GET", "/v1/events?type=party.created", { token }));
    const [event] = events.data as Array<{ resourceId: string; data: Record<string, unknown> }>;
    expect(event?.resourceId).toBe(created.id);
    expect(event?.data.taxId).toBe("***-**-6789");
    expect(JSON.stringify(event)).not.toContain("1985-06-15");
    expect(await auditActions(token, String(created.id))).toEqual(["party.created"]);
  });

  it("lists every bad field in one 422 (tax id ranges, future birth date, US state and ZIP)", async () => {
    const token = await api.token("create-b");
    const response = await api.call("POST", "/v1/parties", {
      token,
      body: individual({
        dateOfBirth: "2027-01-01",
        taxId: "666-00-0000",
        addresses: [
          { kind: "residential", line1: "1 Main St", city: "Lincoln", region: "XX", postalCode: "685", country: "US" },
        ],
      }),
    });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("validation_failed");
    expect((problem.errors as Array<{ pointer: string; code: string }>).map((e) => `${e.pointer} ${e.code}`)).toEqual([
      "/dateOfBirth date_in_future",
      "/taxId invalid_ssn_area",
      "/taxId invalid_ssn_group",
      "/taxId invalid_ssn_serial",
      "/addresses/0/region invalid_us_state",
      "/addresses/0/postalCode invalid_us_zip",
    ]);
    expect(JSON.stringify(problem)).not.toContain("666-00-0000");
  });

  it("refuses someone under the age of majority of their state: 18 is enough in Texas, not in Nebraska", async () => {
    const token = await api.token("create-c");
    const eighteen = individual({ dateOfBirth: "2008-06-01", taxId: "234-56-7890" });
    const refused = await api.call("POST", "/v1/parties", { token, body: eighteen });
    expect(refused.status).toBe(422);
    expect(((await json(refused)).errors as Array<{ code: string }>)[0]?.code).toBe("under_age_of_majority");
    const texas = [
      { kind: "residential", line1: "1 Elm", city: "Austin", region: "TX", postalCode: "73301", country: "US" },
    ];
    await createParty(api, token, { ...eighteen, addresses: texas });
  });

  it("refuses a second party with the same tax id (409 with the existing id), in any written form", async () => {
    const token = await api.token("create-d");
    const first = await createParty(api, token, individual());
    const again = await api.call("POST", "/v1/parties", {
      token,
      body: individual({ name: { first: "Someone", last: "Else" }, taxId: "123456789" }),
    });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "duplicate_party", existingId: first.id });
  });

  it("accepts the same name and date of birth with another tax id, flagging the first as a possible duplicate", async () => {
    const token = await api.token("create-e");
    const first = await createParty(api, token, individual());
    const second = await createParty(
      api,
      token,
      individual({ name: { first: "ADA", last: "Lovelace Jr." }, taxId: "387-65-4321" }),
    );
    expect(second.possibleDuplicates).toEqual([first.id]);
  });

  it("creates a business whose owners and control person are individual parties (CDD rule)", async () => {
    const token = await api.token("create-f");
    const ada = await createParty(api, token, individual());
    const charles = await createParty(
      api,
      token,
      individual({ name: { first: "Charles", last: "Babbage" }, dateOfBirth: "1971-12-26", taxId: "321-54-9876" }),
    );
    const owners = [String(ada.id), String(charles.id)];
    const created = await createParty(api, token, business(owners));
    expect(created).toMatchObject({ type: "business", taxId: "**-***6789", legalName: "Analytical Engines LLC" });
    expect(created.beneficialOwners).toEqual([
      { partyId: ada.id, ownershipPercent: "50" },
      { partyId: charles.id, ownershipPercent: "30" },
    ]);

    const over = business(owners, { taxId: "98-7654321" });
    (over.beneficialOwners as Array<{ ownershipPercent: string }>)[1]!.ownershipPercent = "50.01";
    const refused = await api.call("POST", "/v1/parties", { token, body: over });
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors).toEqual([
      expect.objectContaining({ pointer: "/beneficialOwners", code: "ownership_over_100" }),
    ]);

    const notAPerson = business([String(created.id)], { taxId: "98-7654321" });
    const wrongKind = await json(await api.call("POST", "/v1/parties", { token, body: notAPerson }));
    expect((wrongKind.errors as Array<{ code: string }>).map((e) => e.code)).toEqual([
      "not_an_individual",
      "not_an_individual",
    ]);
  });

  it("answers 404 for an owner that is not a party of the tenant", async () => {
    const token = await api.token("create-g");
    const body = business(["pty_01JGFJJZ0000000000000000AB"]);
    const response = await api.call("POST", "/v1/parties", { token, body });
    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe("linked_party_not_found");
  });
});

describe("reading parties", () => {
  it("masks without pii:read and reveals with it, each reveal audited", async () => {
    const token = await api.token("read-a");
    const masked = await withoutPii("read-a");
    const { id } = await createParty(api, token, individual());
    const plain = await json(await api.call("GET", `/v1/parties/${id}`, { token: masked }));
    expect(plain).toMatchObject({ taxId: "***-**-6789", dateOfBirth: "****-**-**", piiRevealed: false });
    expect(await auditActions(token, String(id))).toEqual(["party.created"]);

    const revealed = await json(await api.call("GET", `/v1/parties/${id}`, { token }));
    expect(revealed).toMatchObject({ taxId: "123-45-6789", dateOfBirth: "1985-06-15", piiRevealed: true });
    const listed = await json(await api.call("GET", "/v1/parties", { token }));
    expect(listed.data).toEqual([expect.objectContaining({ id, taxId: "123-45-6789", piiRevealed: true })]);
    expect(await auditActions(token, String(id))).toEqual([
      "party.created",
      "party.pii_revealed",
      "party.pii_revealed",
    ]);
  });

  it("finds a party by tax id through its keyed hash, in each written form, and filters by type", async () => {
    const token = await api.token("read-b");
    const ada = await createParty(api, token, individual());
    const firm = await createParty(api, token, business([String(ada.id)], { beneficialOwners: [] }));
    const ids = async (query: string) =>
      ((await json(await api.call("GET", `/v1/parties?${query}`, { token }))).data as Array<{ id: string }>).map(
        (party) => party.id,
      );
    expect(await ids("taxId=123-45-6789")).toEqual([ada.id]);
    expect(await ids("taxId=123456789")).toEqual([ada.id, firm.id]);
    expect(await ids("taxId=12-3456789")).toEqual([firm.id]);
    expect(await ids("taxId=999-99-9999")).toEqual([]);
    expect(await ids("type=business")).toEqual([firm.id]);
    const page = await json(await api.call("GET", "/v1/parties?limit=1", { token }));
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await json(await api.call("GET", `/v1/parties?limit=1&cursor=${page.nextCursor}`, { token }));
    expect((next.data as Array<{ id: string }>).map((party) => party.id)).toEqual([firm.id]);
    expect((await api.call("GET", "/v1/parties?taxId=12345", { token })).status).toBe(422);
  });

  it("hides every party from another tenant (404, empty lists)", async () => {
    const { id } = await createParty(api, await api.token("read-c"), individual());
    const other = await api.token("read-c-other");
    expect((await api.call("GET", `/v1/parties/${id}`, { token: other })).status).toBe(404);
    const patched = await api.call("PATCH", `/v1/parties/${id}`, { token: other, body: { phones: [] } });
    expect(patched.status).toBe(404);
    const found = await json(await api.call("GET", "/v1/parties?taxId=123-45-6789", { token: other }));
    expect(found.data).toEqual([]);
    const linked = await api.call("POST", "/v1/parties", { token: other, body: business([String(id)]) });
    expect(linked.status).toBe(404);
    expect(await linked.text()).not.toContain("Lovelace");
  });

  it("needs parties:read to read and parties:write to create", async () => {
    const reader = await api.token("read-d", ["parties:read"]);
    expect((await api.call("POST", "/v1/parties", { token: reader, body: individual() })).status).toBe(403);
    const writer = await api.token("read-d", ["parties:write"]);
    expect((await api.call("GET", "/v1/parties", { token: writer })).status).toBe(403);
  });
});

describe("updating parties", () => {
  it("replaces the fields given, revalidates the whole party and records party.updated", async () => {
    const token = await api.token("update-a");
    const { id } = await createParty(api, token, individual());
    const response = await api.call("PATCH", `/v1/parties/${id}`, {
      token,
      body: { phones: [], taxIdType: "itin", taxId: "912-70-1234" },
    });
    const updated = await json(response);
    expect(response.status, JSON.stringify(updated)).toBe(200);
    expect(updated).toMatchObject({ phones: [], taxIdType: "itin", taxId: "***-**-1234", name: { first: "Ada" } });
    const found = await json(await api.call("GET", "/v1/parties?taxId=912-70-1234", { token }));
    expect((found.data as Array<{ id: string }>).map((party) => party.id)).toEqual([id]);
    const events = await json(await api.call("GET", "/v1/events?type=party.updated", { token }));
    expect((events.data as Array<{ resourceId: string }>).map((event) => event.resourceId)).toEqual([id]);
    // The lookup above revealed the tax id (the token has pii:read): that is audited too.
    expect(await auditActions(token, String(id))).toEqual(["party.created", "party.updated", "party.pii_revealed"]);
  });

  it("refuses fields of the other kind, a bad merged party, and a tax id another party has", async () => {
    const token = await api.token("update-b");
    const { id } = await createParty(api, token, individual());
    await createParty(api, token, individual({ name: { first: "Grace", last: "Hopper" }, taxId: "234-56-7890" }));
    const wrong = await json(
      await api.call("PATCH", `/v1/parties/${id}`, { token, body: { legalName: "X", dateOfBirth: "2030-01-01" } }),
    );
    expect((wrong.errors as Array<{ pointer: string; code: string }>).map((e) => `${e.pointer} ${e.code}`)).toEqual([
      "/legalName not_applicable",
      "/dateOfBirth date_in_future",
    ]);
    const taken = await api.call("PATCH", `/v1/parties/${id}`, { token, body: { taxId: "234567890" } });
    expect(taken.status).toBe(409);
    expect((await json(taken)).code).toBe("duplicate_party");
    const unchanged = await json(await api.call("GET", `/v1/parties/${id}`, { token }));
    expect(unchanged).toMatchObject({ taxId: "123-45-6789", dateOfBirth: "1985-06-15" });
  });
});
