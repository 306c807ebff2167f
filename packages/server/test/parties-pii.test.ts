import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/database.js";
import { createLogger } from "../src/logger.js";
import { developmentKeyring, type MasterKeyring, masterKeyFrom } from "../src/pii/master-keys.js";
import { rewrapTenantKeys } from "../src/pii/tenant-keys.js";
import { runCli } from "./helpers/cli.js";
import { json } from "./helpers/products.js";
import { createTestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { business, createParty, individual } from "./parties-helpers.js";

// PII at rest and in logs: no plaintext tax id or date of birth in any table or log line, and a master
// key rotation that leaves every party readable under the new key only. Both backends.

const TAX_ID_FORMS = ["123-45-6789", "123456789", "12-3456789"];
const BIRTH_DATE = "1985-06-15";
const keyring = (key: Buffer = randomBytes(32)): MasterKeyring => ({ current: masterKeyFrom(key), previous: [] });

/** The master keys every app of this file starts with (the rotation test moves all tenants off them). */
const fileKeys = keyring();
let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[];
}

/** Every row of the table as text, read with SQL as the table owner (no decryption, no RLS). */
async function tableText(table: string): Promise<string> {
  const result = await testDatabase.database.db.execute(sql.raw(`select to_jsonb(t)::text as row from ${table} t`));
  return rowsOf<{ row: string }>(result)
    .map((row) => row.row)
    .join("\n");
}

/** An app whose logs (every level) are collected as lines. */
function loggedApp(pii: MasterKeyring) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((line) => line !== ""),
      );
      done();
    },
  });
  const api = createTestApp(testDatabase.database, { pii, logger: createLogger("trace", sink) });
  return { api, lines };
}

describe("PII never at rest in plaintext, never in logs", () => {
  it("a full create, get, list, lookup and update flow leaves no tax id or birth date in any table or log line", async () => {
    const { api, lines } = loggedApp(fileKeys);
    const token = await api.token("pii-flow");
    const ada = await createParty(api, token, individual());
    await createParty(api, token, business([String(ada.id)]));
    await createParty(api, token, individual({ taxId: "234-56-7890" })); // a possible duplicate
    expect((await api.call("GET", `/v1/parties/${ada.id}`, { token })).status).toBe(200);
    expect((await api.call("GET", "/v1/parties", { token })).status).toBe(200);
    expect((await api.call("GET", "/v1/parties?taxId=123-45-6789", { token })).status).toBe(200);
    const patch = { taxId: "123456789", dateOfBirth: BIRTH_DATE, phones: [] };
    expect((await api.call("PATCH", `/v1/parties/${ada.id}`, { token, body: patch })).status).toBe(200);
    const bad = await api.call("POST", "/v1/parties", { token, body: individual({ taxId: "666-45-6789" }) });
    expect(bad.status).toBe(422);

    expect(lines.length).toBeGreaterThanOrEqual(8); // one per request at least: the capture works
    const logs = lines.join("\n");
    for (const secret of [...TAX_ID_FORMS, "666-45-6789", "234-56-7890", BIRTH_DATE]) {
      expect(logs, `${secret} in the logs`).not.toContain(secret);
    }
    for (const table of ["parties", "events", "audit_records", "idempotency_keys", "tenant_keys"]) {
      const text = await tableText(table);
      for (const secret of [...TAX_ID_FORMS, "234567890", BIRTH_DATE]) {
        expect(text, `${secret} in ${table}`).not.toContain(secret);
      }
    }
    const [row] = rowsOf<{ tax_id_ciphertext: string; date_of_birth_ciphertext: string; tax_id_hash: string }>(
      await testDatabase.database.db.execute(
        sql`select tax_id_ciphertext, date_of_birth_ciphertext, tax_id_hash from parties where id = ${String(ada.id)}`,
      ),
    );
    expect(row?.tax_id_ciphertext).toMatch(/^v1:[A-Za-z0-9_-]{40,}$/);
    expect(row?.date_of_birth_ciphertext).toMatch(/^v1:[A-Za-z0-9_-]{40,}$/);
    expect(row?.tax_id_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("redacts PII fields wherever a log line carries them", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    const logger = createLogger("info", sink);
    logger.info(
      { taxId: "123-45-6789", body: { dateOfBirth: BIRTH_DATE, owner: { ssn: "123456789", ein: "12-3456789" } } },
      "careless",
    );
    logger.info({ request: { headers: { authorization: "Bearer secret-token" } } }, "headers");
    const text = lines.join("");
    for (const secret of [...TAX_ID_FORMS, BIRTH_DATE, "secret-token"]) expect(text).not.toContain(secret);
    expect(text.match(/\[redacted\]/g)).toHaveLength(5);
  });
});

describe("master key rotation", () => {
  it("re-wraps tenant keys: parties read under the new key, the old key no longer opens them, a rerun does nothing", async () => {
    const oldKeys = fileKeys;
    const newKeys = keyring();
    const before = createTestApp(testDatabase.database, { pii: oldKeys });
    const token = await before.token("rotate-a");
    const { id } = await createParty(before, token, individual());
    const wrongOld = rewrapTenantKeys(testDatabase.database.db, keyring(), newKeys.current, new Date());
    await expect(wrongOld).rejects.toThrow(/which this process does not hold/);
    expect((await before.call("GET", `/v1/parties/${id}`, { token })).status).toBe(200); // nothing moved
    const outcome = await rewrapTenantKeys(testDatabase.database.db, oldKeys, newKeys.current, new Date());
    expect(outcome.rewrapped).toBeGreaterThanOrEqual(1);
    const after = createTestApp(testDatabase.database, { pii: newKeys });
    const revealed = await json(await after.call("GET", `/v1/parties/${id}`, { token }));
    expect(revealed).toMatchObject({ taxId: "123-45-6789", dateOfBirth: BIRTH_DATE });
    const stale = createTestApp(testDatabase.database, { pii: oldKeys });
    expect((await stale.call("GET", `/v1/parties/${id}`, { token })).status).toBe(500);
    const during = createTestApp(testDatabase.database, { pii: { ...newKeys, previous: [oldKeys.current] } });
    expect((await during.call("GET", `/v1/parties/${id}`, { token })).status).toBe(200);
    const again = await rewrapTenantKeys(testDatabase.database.db, newKeys, newKeys.current, new Date());
    expect(again.rewrapped).toBe(0);
  });
});

describe("lendstack rotate-keys", () => {
  it("re-wraps an embedded database's keys under LENDSTACK_NEW_MASTER_KEY and updates the development key file", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "lendstack-rotate-"));
    try {
      const oldKeyring = developmentKeyring(dataDir);
      const database = await createDatabase({ dataDir });
      await database.migrate();
      const api = createTestApp(database, { pii: oldKeyring });
      const token = await api.token("rotate-cli");
      const { id } = await createParty(api, token, individual());
      await database.close();

      const newKey = randomBytes(32).toString("base64");
      const refused = await runCli(["rotate-keys"], { LENDSTACK_DATA_DIR: dataDir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("LENDSTACK_NEW_MASTER_KEY");
      const rotated = await runCli(["rotate-keys"], { LENDSTACK_DATA_DIR: dataDir, LENDSTACK_NEW_MASTER_KEY: newKey });
      expect(rotated.stderr).toBe("");
      expect(rotated.stdout).toContain("Re-wrapped the PII keys of 1 tenant(s)");
      expect(rotated.code).toBe(0);
      expect(readFileSync(`${dataDir}.master-key`, "utf8").trim()).toBe(newKey);

      const reopened = await createDatabase({ dataDir });
      const after = createTestApp(reopened, { pii: developmentKeyring(dataDir) });
      const revealed = await json(await after.call("GET", `/v1/parties/${id}`, { token }));
      expect(revealed).toMatchObject({ taxId: "123-45-6789", dateOfBirth: BIRTH_DATE });
      await reopened.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.master-key`, { force: true });
    }
  }, 120_000);
});
