import { demoProducts } from "@lendstack/core/demo";
import { validateProductDefinition } from "@lendstack/core/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function create(token: string, body: unknown = personalLoan()) {
  const response = await api.call("POST", "/v1/products", { token, body });
  expect(response.status).toBe(201);
  return json(response);
}

describe("products API", () => {
  it("creates version 1 with every default filled in and reads it back", async () => {
    const token = await api.token("crud");
    // Omit fields with defaults: the stored definition is what core's validator returns for the input.
    const { repayment: _repayment, delinquency: _delinquency, ...sparse } = personalLoan();
    const created = await create(token, sparse);
    const expected = validateProductDefinition(sparse);
    if (!expected.ok) throw new Error("fixture must be valid");
    expect(created).toMatchObject({ name: "Personal installment loan", status: "active", version: 1 });
    expect(created.id).toMatch(/^prd_[0-9A-Z]{26}$/);
    expect(created.definition).toEqual(expected.value);
    expect(created.createdAt).toBe(api.clock().toISOString());

    const fetched = await api.call("GET", `/v1/products/${created.id}`, { token });
    expect(fetched.status).toBe(200);
    expect(await json(fetched)).toEqual(created);
  });

  it("PUT adds an immutable version; old versions stay readable", async () => {
    const token = await api.token("versions");
    const created = await create(token);
    api.clock.advance(60_000);
    const renamed = personalLoan({ name: "Personal loan 2025", description: "Repriced" });
    const updated = await api.call("PUT", `/v1/products/${created.id}`, { token, body: renamed });
    expect(updated.status).toBe(200);
    const body = await json(updated);
    expect(body).toMatchObject({
      id: created.id,
      name: "Personal loan 2025",
      version: 2,
      createdAt: created.createdAt,
    });
    expect(body.updatedAt).toBe(api.clock().toISOString());

    const first = await json(await api.call("GET", `/v1/products/${created.id}/versions/1`, { token }));
    expect(first).toMatchObject({ productId: created.id, version: 1, createdBy: "user-of-versions" });
    expect((first.definition as { name: string }).name).toBe("Personal installment loan");

    const list = await json(await api.call("GET", `/v1/products/${created.id}/versions`, { token }));
    expect((list.data as Array<{ version: number }>).map((version) => version.version)).toEqual([1, 2]);
    expect(list.nextCursor).toBeNull();

    const missing = await api.call("GET", `/v1/products/${created.id}/versions/3`, { token });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: "product_version_not_found" });
  });

  it("pages through versions with a cursor", async () => {
    const token = await api.token("version-pages");
    const created = await create(token);
    for (const name of ["v2", "v3"]) {
      const response = await api.call("PUT", `/v1/products/${created.id}`, { token, body: personalLoan({ name }) });
      expect(response.status).toBe(200);
    }
    const first = await json(await api.call("GET", `/v1/products/${created.id}/versions?limit=2`, { token }));
    expect((first.data as Array<{ version: number }>).map((version) => version.version)).toEqual([1, 2]);
    const second = await json(
      await api.call("GET", `/v1/products/${created.id}/versions?limit=2&cursor=${first.nextCursor}`, { token }),
    );
    expect((second.data as Array<{ version: number }>).map((version) => version.version)).toEqual([3]);
    expect(second.nextCursor).toBeNull();
  });

  it("archives: still readable, no longer changeable", async () => {
    const token = await api.token("archive");
    const created = await create(token);
    const archived = await api.call("POST", `/v1/products/${created.id}/archive`, { token });
    expect(archived.status).toBe(200);
    expect(await json(archived)).toMatchObject({ status: "archived", version: 1 });

    const update = await api.call("PUT", `/v1/products/${created.id}`, { token, body: personalLoan() });
    expect(update.status).toBe(409);
    expect(await json(update)).toMatchObject({ code: "product_archived", status: 409 });
    const again = await api.call("POST", `/v1/products/${created.id}/archive`, { token });
    expect(again.status).toBe(409);
    const fetched = await json(await api.call("GET", `/v1/products/${created.id}`, { token }));
    expect(fetched.status).toBe("archived");
  });

  it("lists in creation order with a bounded page, a cursor and a status filter", async () => {
    const token = await api.token("listing");
    const ids: string[] = [];
    for (const definition of demoProducts) {
      api.clock.advance(1);
      ids.push(String((await create(token, definition)).id));
    }
    const archivedId = ids[1]!;
    expect((await api.call("POST", `/v1/products/${archivedId}/archive`, { token })).status).toBe(200);

    const pages: string[][] = [];
    let cursor: unknown = null;
    do {
      const query = cursor === null ? "?limit=3" : `?limit=3&cursor=${cursor}`;
      const page = await json(await api.call("GET", `/v1/products${query}`, { token }));
      pages.push((page.data as Array<{ id: string }>).map((product) => product.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(pages).toEqual([ids.slice(0, 3), ids.slice(3)]);

    const active = await json(await api.call("GET", "/v1/products?status=active", { token }));
    expect((active.data as Array<{ id: string }>).map((product) => product.id)).toEqual(
      ids.filter((id) => id !== archivedId),
    );
    const archived = await json(await api.call("GET", "/v1/products?status=archived", { token }));
    expect((archived.data as Array<{ id: string }>).map((product) => product.id)).toEqual([archivedId]);
  });

  it("isolates tenants: another tenant's product is 404 for every operation", async () => {
    const owner = await api.token("tenant-a");
    const stranger = await api.token("tenant-b");
    const created = await create(owner);
    const id = String(created.id);
    const attempts: Array<[string, string, unknown?]> = [
      ["GET", `/v1/products/${id}`],
      ["PUT", `/v1/products/${id}`, personalLoan({ name: "Hijacked" })],
      ["POST", `/v1/products/${id}/archive`],
      ["GET", `/v1/products/${id}/versions`],
      ["GET", `/v1/products/${id}/versions/1`],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api.call(method, path, { token: stranger, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await json(response)).toMatchObject({ code: "product_not_found" });
    }
    const list = await json(await api.call("GET", "/v1/products", { token: stranger }));
    expect(list.data).toEqual([]);
    const untouched = await json(await api.call("GET", `/v1/products/${id}`, { token: owner }));
    expect(untouched).toMatchObject({ name: "Personal installment loan", status: "active", version: 1 });
  });
});
