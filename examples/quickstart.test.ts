import {
  allScopes,
  createApp,
  createIdGenerator,
  createLogger,
  createTestDatabase,
  mintDevelopmentToken,
  seedDemoTenant,
  type TestDatabase,
} from "@lendstack/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuickstart } from "./quickstart.js";

const auth = {
  secret: "quickstart-test-secret-at-least-32-characters",
  issuer: "lendstack",
  audience: "lendstack-api",
};

describe("examples/quickstart.ts against an in-process server", () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
  });
  afterAll(() => testDatabase?.dispose());

  it("lists the seeded demo products, creates one, and sees it listed", async () => {
    const clock = () => new Date();
    const app = createApp({
      db: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: { issuer: auth.issuer, audience: auth.audience, keys: { kind: "secret", secret: auth.secret } },
      logger: createLogger("silent"),
    });
    await seedDemoTenant(testDatabase.database, { clock, ids: createIdGenerator({ clock }) });
    const token = await mintDevelopmentToken({ tenant: "demo", scopes: allScopes(), ...auth });

    const lines: string[] = [];
    const result = await runQuickstart({
      baseUrl: "http://lendstack.test",
      token,
      fetch: async (request) => app.fetch(request),
      log: (line) => lines.push(line),
    });

    expect(result.before).toEqual(expect.arrayContaining(["Auto loan"]));
    expect(result.before).toHaveLength(4);
    expect(result.created).toMatch(/^prd_/);
    expect(result.after).toHaveLength(5);
    expect(result.after).toContain("Equipment loan");
    expect(lines.some((line) => line.startsWith(`created ${result.created}`))).toBe(true);
  });
});
