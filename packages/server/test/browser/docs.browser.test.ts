import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { type RunningServer, startServer } from "../../src/server.js";
import { ARTEFACTS_DIR, foreignRequests, launchChromium, type TestBrowser } from "./chromium.js";

// /docs in a real browser that can reach only the server: every asset must come from 127.0.0.1.
let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  const config = loadConfig({ HOST: "127.0.0.1", LENDSTACK_DATA_DIR: "memory", LOG_LEVEL: "silent" });
  server = await startServer({ ...config, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("/docs in headless Chromium", () => {
  it("lists the API's operations, loading nothing from any other host, within its CSP", async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on("requestfailed", (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
    // The server's Content-Security-Policy must let the page work: no violation reported.
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) failures.push(`CSP: ${message.text()}`);
    });

    const response = await page.goto(`${server.url}/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByText("Lendstack API", { exact: false }).first().waitFor({ timeout: 20_000 });
    const createProduct = page.locator(".opblock-summary-operation-id", { hasText: /^createProduct$/ });
    await createProduct.first().waitFor({ timeout: 20_000 });

    const operationIds = await page.locator(".opblock-summary-operation-id").allTextContents();
    expect(operationIds).toEqual(expect.arrayContaining(["createProduct", "listProducts", "createQuote"]));
    expect(operationIds.length).toBeGreaterThan(30);
    const paths = await page.locator(".opblock-summary-path").allTextContents();
    expect(paths.map((path) => path.replace(/\u200b/g, ""))).toContain("/v1/products");
    expect(await page.locator(".servers select option").first().textContent()).toContain(server.url);

    await mkdir(ARTEFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS_DIR, "docs.png"), fullPage: false });
    expect(failures).toEqual([]);
    expect(foreignRequests(browser.requestedUrls, "127.0.0.1")).toEqual([]);
    expect(browser.requestedUrls).toContain(`${server.url}/docs/assets/swagger-ui-bundle.js`);
  });
});
