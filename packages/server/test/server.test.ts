import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { loadConfig } from "../src/config.js";
import { allScopes } from "../src/resources.js";
import { type RunningServer, startServer } from "../src/server.js";

// The process wiring (config -> database -> migrate -> seed -> listen) on embedded PGlite in memory.
const port = 30_000 + Math.floor(Math.random() * 20_000);
let server: RunningServer;

beforeAll(async () => {
  const config = loadConfig({
    PORT: String(port),
    HOST: "127.0.0.1",
    LENDSTACK_DATA_DIR: "memory",
    LOG_LEVEL: "silent",
  });
  server = await startServer(config, { seed: true });
});
afterAll(() => server.close());

describe("startServer", () => {
  it("serves health, readiness, docs and the seeded demo tenant over HTTP", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/ready`)).json()).toEqual({ status: "ready", database: "pglite" });
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
    const token = await mintDevelopmentToken({ tenant: "demo", scopes: allScopes() });
    const page = (await (
      await fetch(`${server.url}/v1/products`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      data: Array<{ name: string }>;
    };
    expect(page.data.map((product) => product.name)).toEqual([
      "Personal installment loan",
      "Auto loan",
      "30-year fixed mortgage",
      "Pay in 4",
    ]);
  });
});
