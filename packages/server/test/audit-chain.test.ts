import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chainedTenants, readChain, readChainHead } from "../src/audit-records/store.js";
import { formatAuditVerification, verifyAuditChains } from "../src/cli/audit-verify.js";
import { writeAudit } from "../src/db/audit.js";
import { canonicalJson, GENESIS_HASH, hashAuditRecord } from "../src/db/audit-chain.js";
import { auditRecords } from "../src/db/schema/index.js";
import { TENANT_ROLE } from "../src/http/tenant-scope.js";
import { createIdGenerator } from "../src/ids.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, createTestClock } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const db = () => testDatabase.db;

/** Creates, updates and archives a product, then makes `parallel` products at once: 3 + parallel records. */
async function makeChanges(tenant: string, parallel: number): Promise<string> {
  const api = createTestApp(testDatabase.database);
  const token = await api.token(tenant);
  const created = await json(await api.call("POST", "/v1/products", { token, body: personalLoan() }));
  const id = String(created.id);
  expect((await api.call("PUT", `/v1/products/${id}`, { token, body: personalLoan({ name: "v2" }) })).status).toBe(200);
  expect((await api.call("POST", `/v1/products/${id}/archive`, { token })).status).toBe(200);
  const statuses = await Promise.all(
    Array.from({ length: parallel }, async (_, n) => {
      const response = await api.call("POST", "/v1/products", { token, body: personalLoan({ name: `p${n}` }) });
      return response.status;
    }),
  );
  expect(statuses).toEqual(Array(parallel).fill(201));
  return id;
}

/** Writes `count` audit records of `tenant` in concurrent transactions straight through writeAudit. */
async function writeConcurrently(tenant: string, count: number): Promise<void> {
  const clock = createTestClock();
  const ids = createIdGenerator({ clock });
  await Promise.all(
    Array.from({ length: count }, (_, n) =>
      db().transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(${(n % 3) / 1000})`);
        const context = { tenantId: tenant, actor: "racer", requestId: `r${n}`, now: clock(), ids };
        await writeAudit(tx, context, { action: "race.run", resourceType: "race", resourceId: `r${n}` });
      }),
    ),
  );
}

describe("audit hash chain", () => {
  it("links every record to its predecessor's hash, with no fork under concurrent writers", async () => {
    await makeChanges("chain-a", 8);
    await writeConcurrently("chain-a", 20);
    const chain = await readChain(db(), "chain-a");
    expect(chain).toHaveLength(3 + 8 + 20);
    expect(chain.map((record) => record.sequence)).toEqual(chain.map((_, index) => index + 1));
    expect(chain[0]?.previousHash).toBe(GENESIS_HASH);
    for (const [index, record] of chain.entries()) {
      if (index > 0) expect(record.previousHash).toBe(chain[index - 1]?.hash);
      expect(record.hash).toBe(hashAuditRecord(record));
      expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(chain.map((record) => record.previousHash)).size).toBe(chain.length);
    const result = await verifyAuditChains(db(), "chain-a");
    expect(result).toEqual({ tenants: 1, recordsVerified: 31, broken: undefined });
    expect(formatAuditVerification(result)).toBe("Audit chain intact: 31 records verified (1 tenants).\n");
  });

  it("refuses a second record at a position already taken (the unique index stops a fork)", async () => {
    await writeConcurrently("chain-fork", 2);
    const [first] = await readChain(db(), "chain-fork");
    if (first === undefined) throw new Error("no record");
    const fork = db()
      .insert(auditRecords)
      .values({ ...first, details: {}, id: "aud_0000000000000000000000FORK", hash: "f".repeat(64) });
    await expect(fork).rejects.toThrow();
  });

  it("names exactly the record whose details were altered, with expected and found hashes", async () => {
    await makeChanges("tamper-details", 2);
    const chain = await readChain(db(), "tamper-details");
    const victim = chain[2];
    if (victim === undefined) throw new Error("no record");
    await db().execute(
      sql`update audit_records set details = '{"version": 99}'::jsonb where tenant_id = 'tamper-details' and id = ${victim.id}`,
    );
    const { broken, recordsVerified } = await verifyAuditChains(db(), "tamper-details");
    expect(recordsVerified).toBe(0);
    expect(broken).toMatchObject({ recordId: victim.id, sequence: 3, kind: "hash", found: victim.hash });
    expect(broken?.expected).not.toBe(victim.hash);
    expect(broken?.expected).toMatch(/^[0-9a-f]{64}$/);
    expect(formatAuditVerification({ tenants: 1, recordsVerified: 0, broken })).toContain(`record ${victim.id}`);
  });

  it("names exactly the record whose action was altered, even when its hash is recomputed to match", async () => {
    await makeChanges("tamper-action", 1);
    const chain = await readChain(db(), "tamper-action");
    const victim = chain[1];
    if (victim === undefined) throw new Error("no record");
    const where = and(eq(auditRecords.tenantId, "tamper-action"), eq(auditRecords.id, victim.id));
    await db().update(auditRecords).set({ action: "product.created" }).where(where);
    expect((await verifyAuditChains(db(), "tamper-action")).broken).toMatchObject({
      recordId: victim.id,
      kind: "hash",
    });
    // A forger who also rewrites the hash breaks the next record's link instead.
    const forgedHash = hashAuditRecord({ ...victim, action: "product.created" });
    await db().update(auditRecords).set({ hash: forgedHash }).where(where);
    expect((await verifyAuditChains(db(), "tamper-action")).broken).toMatchObject({
      recordId: chain[2]?.id,
      kind: "previous_hash",
      expected: forgedHash,
      found: victim.hash,
    });
  });

  it("detects a deleted record: the one after the gap is named", async () => {
    await makeChanges("tamper-delete", 2);
    const chain = await readChain(db(), "tamper-delete");
    await db()
      .delete(auditRecords)
      .where(and(eq(auditRecords.tenantId, "tamper-delete"), eq(auditRecords.id, chain[1]?.id ?? "")));
    expect((await verifyAuditChains(db(), "tamper-delete")).broken).toMatchObject({
      recordId: chain[2]?.id,
      kind: "sequence",
      expected: "2",
      found: "3",
    });
  });

  it("verifies every tenant when none is named, and stops at the first broken one", async () => {
    const all = await verifyAuditChains(db());
    expect(all.tenants).toBeGreaterThanOrEqual(5);
    expect(all.broken?.tenantId).toMatch(/^tamper-/);
  });
});

describe("audit chain head (anchor)", () => {
  it("moves the tenant's head with every append, in the same transaction", async () => {
    await makeChanges("head-moves", 3);
    const chain = await readChain(db(), "head-moves");
    const last = chain.at(-1);
    expect(await readChainHead(db(), "head-moves")).toEqual({
      tenantId: "head-moves",
      sequence: chain.length,
      hash: last?.hash,
    });
    // A change that rolls back moves neither the chain nor the head.
    const clock = createTestClock();
    const context = {
      tenantId: "head-moves",
      actor: "a",
      requestId: "r",
      now: clock(),
      ids: createIdGenerator({ clock }),
    };
    await expect(
      db().transaction(async (tx) => {
        await writeAudit(tx, context, { action: "x.done", resourceType: "x", resourceId: "x1" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await readChainHead(db(), "head-moves"))?.sequence).toBe(chain.length);
    expect((await verifyAuditChains(db(), "head-moves")).broken).toBeUndefined();
  });

  it("detects the newest record deleted with SQL: the chain ends before its head", async () => {
    await makeChanges("tamper-newest", 2);
    const chain = await readChain(db(), "tamper-newest");
    const newest = chain.at(-1);
    const survivor = chain.at(-2);
    if (newest === undefined || survivor === undefined) throw new Error("no records");
    expect((await verifyAuditChains(db(), "tamper-newest")).broken).toBeUndefined();
    await db().execute(
      sql`delete from audit_records where tenant_id = 'tamper-newest' and sequence = (select max(sequence) from audit_records where tenant_id = 'tamper-newest')`,
    );
    const result = await verifyAuditChains(db(), "tamper-newest");
    expect(result.broken).toEqual({
      tenantId: "tamper-newest",
      recordId: survivor.id,
      sequence: survivor.sequence,
      kind: "head",
      expected: `sequence ${newest.sequence} (hash ${newest.hash})`,
      found: `sequence ${survivor.sequence} (hash ${survivor.hash})`,
    });
    expect(formatAuditVerification(result)).toBe(
      `Audit chain truncated: tenant tamper-newest, last record ${survivor.id}: head expected sequence ${newest.sequence} (hash ${newest.hash}), found sequence ${survivor.sequence} (hash ${survivor.hash}).\n`,
    );
  });

  it("detects every record deleted, and a chain whose head row was deleted", async () => {
    await makeChanges("tamper-all", 0);
    await db().execute(sql`delete from audit_records where tenant_id = 'tamper-all'`);
    expect((await verifyAuditChains(db(), "tamper-all")).broken).toMatchObject({
      tenantId: "tamper-all",
      recordId: "",
      kind: "head",
      found: "no records",
    });
    expect(await chainedTenants(db())).toContain("tamper-all");

    await makeChanges("tamper-head", 0);
    await db().execute(sql`delete from audit_heads where tenant_id = 'tamper-head'`);
    expect((await verifyAuditChains(db(), "tamper-head")).broken).toMatchObject({
      tenantId: "tamper-head",
      kind: "head",
      expected: "a head row",
    });
  });

  it("keeps showing the newest records deleted after more records are appended (the head is the chain's end)", async () => {
    await makeChanges("tamper-newest", 0);
    const before = await readChain(db(), "tamper-newest");
    const newest = before.at(-1);
    await db().execute(sql`delete from audit_records where tenant_id = 'tamper-newest' and id = ${String(newest?.id)}`);
    await writeConcurrently("tamper-newest", 2);
    const { broken } = await verifyAuditChains(db(), "tamper-newest");
    // The next record links to the deleted one's hash (the head kept it), so the gap is found.
    expect(broken).toMatchObject({ tenantId: "tamper-newest" });
    expect(await readChain(db(), "tamper-newest")).toHaveLength(before.length + 1);
  });

  it("a tenant sees only its own head (row-level security)", async () => {
    await makeChanges("head-rls-a", 0);
    await makeChanges("head-rls-b", 0);
    const seen = await db().transaction(async (tx) => {
      await tx.execute(sql.raw(`set local role ${TENANT_ROLE}`));
      await tx.execute(sql`select set_config('app.tenant_id', 'head-rls-a', true)`);
      return tx.execute(sql`select tenant_id from audit_heads`);
    });
    const rows = (Array.isArray(seen) ? seen : ((seen as { rows?: unknown[] }).rows ?? [])) as Array<{
      tenant_id: string;
    }>;
    expect(rows.map((row) => row.tenant_id)).toEqual(["head-rls-a"]);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined, so jsonb's reordering does not change the hash", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: "x" }], u: undefined })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
    expect(canonicalJson({ z: null, é: true })).toBe('{"z":null,"é":true}');
  });
});
