import { OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products } from "../src/db/schema/index.js";
import type { AppEnv } from "../src/http/app-env.js";
import { TENANT_ROLE, tenantScope } from "../src/http/tenant-scope.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  const api = createTestApp(testDatabase.database);
  for (const tenant of ["tenant-a", "tenant-b"]) {
    const token = await api.token(tenant);
    for (const name of ["first", "second"]) {
      const response = await api.call("POST", "/v1/products", {
        token,
        body: personalLoan({ name: `${tenant} ${name}` }),
      });
      expect(response.status).toBe(201);
    }
  }
});
afterAll(() => testDatabase.dispose());

const db = () => testDatabase.db;

/** A one-route app behind `tenantScope` whose handler runs `query` with no tenant filter of its own. */
function unfilteredApp(tenantId: string, query: () => Promise<unknown>) {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("principal", { tenantId, subject: "test", scopes: new Set<string>() } as AppEnv["Variables"]["principal"]);
    await next();
  });
  app.use("*", tenantScope(db()));
  app.get("/", async (c) => c.json({ result: await query() }));
  // drizzle wraps the database error; its cause has PostgreSQL's message
  app.onError((error, c) => c.json({ error: error.cause instanceof Error ? error.cause.message : error.message }, 500));
  return app;
}

describe("row-level security behind the tenant filter", () => {
  it("puts every tenant-owned table under a tenant_isolation policy, so new tables cannot be forgotten", async () => {
    const tables = await db().execute(sql`
      select c.table_name, k.relrowsecurity as rls,
             (select count(*)::int from pg_policies p where p.tablename = c.table_name and p.policyname = 'tenant_isolation') as policies
      from information_schema.columns c
      join pg_class k on k.relname = c.table_name and k.relnamespace = 'public'::regnamespace
      where c.table_schema = 'public' and c.column_name = 'tenant_id'
      order by c.table_name`);
    const rows = rowsOf<{ table_name: string; rls: boolean; policies: number }>(tables);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect({ table: row.table_name, rls: row.rls, policies: row.policies }).toEqual({
        table: row.table_name,
        rls: true,
        policies: 1,
      });
    }
  });

  it("shows a query without a tenant filter only the token's tenant's rows", async () => {
    const app = unfilteredApp("tenant-b", () =>
      db().select({ tenantId: products.tenantId, name: products.name }).from(products),
    );
    const body = (await (await app.request("/")).json()) as { result: Array<{ tenantId: string; name: string }> };
    expect(body.result.map((row) => row.name).sort()).toEqual(["tenant-b first", "tenant-b second"]);
    const owner = await db().select({ tenantId: products.tenantId }).from(products);
    expect(owner.length).toBe(4); // outside a request (the owner role: close-day, CLI) every tenant is visible
  });

  it("refuses to write a row into another tenant, and rolls the request back", async () => {
    const app = unfilteredApp("tenant-b", () =>
      db().execute(sql`update products set name = 'hijacked' where tenant_id = 'tenant-a' returning id`),
    );
    const body = (await (await app.request("/")).json()) as { result: unknown };
    const touched = rowsOf(body.result);
    expect(touched).toEqual([]);

    const insert = unfilteredApp("tenant-b", () =>
      db().execute(sql`insert into products (tenant_id, id, name, status, current_version, created_at, updated_at)
                      select 'tenant-a', 'prod_forged', name, status, current_version, created_at, updated_at from products limit 1`),
    );
    const refused = (await (await insert.request("/")).json()) as { error?: string };
    expect(refused.error).toMatch(/row-level security|violates/);
    const names = await db().select({ name: products.name }).from(products);
    expect(names.map((row) => row.name)).not.toContain("hijacked");
  });

  it("runs requests as the tenant role and the rest as the owner", async () => {
    const app = unfilteredApp("tenant-a", () =>
      db().execute(sql`select current_user as role, current_setting('app.tenant_id', true) as tenant`),
    );
    const body = (await (await app.request("/")).json()) as { result: unknown };
    const rows = rowsOf(body.result);
    expect(rows).toEqual([{ role: TENANT_ROLE, tenant: "tenant-a" }]);
    const outside = await db().execute(sql`select current_user as role`);
    const outsideRows = rowsOf<{ role: string }>(outside);
    expect(outsideRows[0]?.role).not.toBe(TENANT_ROLE);
  });

  it("keeps the API working end to end for both tenants", async () => {
    const api = createTestApp(testDatabase.database);
    const token = await api.token("tenant-a");
    const page = await json(await api.call("GET", "/v1/products", { token }));
    expect((page.data as Array<{ name: string }>).map((p) => p.name).sort()).toEqual([
      "tenant-a first",
      "tenant-a second",
    ]);
  });
});
