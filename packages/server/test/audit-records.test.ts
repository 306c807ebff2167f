import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let productIds: string[];
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  token = await api.token("lister");
  productIds = [];
  // Three products, a minute apart; the second is updated: 4 records.
  for (const name of ["one", "two", "three"]) {
    const created = await json(await api.call("POST", "/v1/products", { token, body: personalLoan({ name }) }));
    productIds.push(String(created.id));
    api.clock.advance(60_000);
  }
  await api.call("PUT", `/v1/products/${productIds[1]}`, { token, body: personalLoan({ name: "two v2" }) });
});
afterAll(() => testDatabase.dispose());

type Page = { data: Array<Record<string, unknown>>; nextCursor: string | null };
async function list(query: string, as = token): Promise<Page> {
  const response = await api.call("GET", `/v1/audit-records${query}`, { token: as });
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

describe("GET /v1/audit-records", () => {
  it("pages through every record oldest first, each carrying its chain links", async () => {
    const first = await list("?limit=3");
    expect(first.data.map((record) => record.action)).toEqual([
      "product.created",
      "product.created",
      "product.created",
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.data.map((record) => [record.action, record.resourceId])).toEqual([
      ["product.updated", productIds[1]],
    ]);
    expect(second.nextCursor).toBeNull();
    const all = [...first.data, ...second.data];
    expect(all.map((record) => record.sequence)).toEqual([1, 2, 3, 4]);
    expect(all[1]?.previousHash).toBe(all[0]?.hash);
    expect(all[0]).toMatchObject({
      actor: "user-of-lister",
      resourceType: "product",
      occurredAt: "2025-03-01T12:00:00.000Z",
    });
    expect(all[0]).not.toHaveProperty("tenantId");
  });

  it("filters by action, resource and time", async () => {
    const updated = await list("?action=product.updated");
    expect(updated.data.map((record) => record.resourceId)).toEqual([productIds[1]]);
    const ofTwo = await list(`?resourceType=product&resourceId=${productIds[1]}`);
    expect(ofTwo.data.map((record) => record.action)).toEqual(["product.created", "product.updated"]);
    expect((await list("?resourceType=loan")).data).toEqual([]);
    const window = await list("?occurredAt[gte]=2025-03-01T12:01:00Z&occurredAt[lt]=2025-03-01T12:02:00Z");
    expect(window.data.map((record) => record.resourceId)).toEqual([productIds[1]]);
  });

  it("shows another tenant none of these records", async () => {
    const other = await api.token("snooper");
    expect(await list("", other)).toEqual({ data: [], nextCursor: null });
    expect((await list(`?resourceId=${productIds[0]}`, other)).data).toEqual([]);
  });

  it("refuses a bad cursor, a bad time and a token without audit:read", async () => {
    const badCursor = await api.call("GET", "/v1/audit-records?cursor=nonsense", { token });
    expect(badCursor.status).toBe(400);
    expect((await json(badCursor)).code).toBe("invalid_cursor");
    const badTime = await api.call("GET", "/v1/audit-records?occurredAt[gte]=yesterday", { token });
    expect(badTime.status).toBe(422);
    const oldName = await api.call("GET", "/v1/audit-records?occurredFrom=2025-03-01T12:01:00Z", { token });
    expect(oldName.status).toBe(400);
    expect((await json(oldName)).code).toBe("unknown_query_parameter");
    const noScope = await api.call("GET", "/v1/audit-records", { token: await api.token("lister", ["products:read"]) });
    expect(noScope.status).toBe(403);
  });
});
