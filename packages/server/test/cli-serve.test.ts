import { describe, expect, it } from "vitest";
import { runCli, type ServingCli, startCliServer } from "./helpers/cli.js";

// `lendstack serve` as a process, over HTTP: the banner a user copies from, and the refusals.
describe("lendstack serve", () => {
  it("prints a plain-text banner before any log line, with a working `export TOKEN=` line", async () => {
    const server: ServingCli = await startCliServer({ PORT: "0", LOG_LEVEL: "info" });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
      const output = server.stdout();
      const bannerEnd = output.indexOf("Then try:");
      const firstJson = output.search(/^\{/m);
      expect(firstJson === -1 || firstJson > bannerEnd).toBe(true);
      expect(output.slice(0, bannerEnd)).not.toMatch(/^\{/m);
      expect(output).toContain(`API reference: ${server.url}/docs`);
      const token = /^export TOKEN=(\S+)$/m.exec(output)?.[1];
      expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);

      const products = await fetch(`${server.url}/v1/products`, { headers: { authorization: `Bearer ${token}` } });
      expect(products.status).toBe(200);
      expect(((await products.json()) as { data: unknown[] }).data).toHaveLength(4);
      const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
        servers: Array<{ url: string }>;
      };
      expect(document.servers[0]?.url).toBe(server.url);
      expect((await fetch(`${server.url}/docs`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("starts with JWKS_URL set, printing no token", async () => {
    const server = await startCliServer({ PORT: "0", JWKS_URL: "http://127.0.0.1:9/jwks.json", LOG_LEVEL: "silent" });
    try {
      expect(server.stdout()).toContain("No development token: JWKS_URL is set");
      expect(server.stdout()).not.toContain("export TOKEN");
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/v1/products`)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it.each([
    { env: { HOST: "0.0.0.0" }, message: "refusing to start: HOST=0.0.0.0 is reachable from other machines" },
    { env: { NODE_ENV: "production" }, message: "refusing to start: NODE_ENV=production with the public development" },
    {
      env: { PORT: "eighty" },
      message: 'PORT: must be a whole number from 0 to 65535 (0: any free port) (got "eighty")',
    },
  ])("refuses $env with one line on stderr and exit 2", async ({ env, message }) => {
    const result = await runCli(["serve"], { PORT: "0", ...env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });
});
