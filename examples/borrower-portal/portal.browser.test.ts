import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createClient, newIdempotencyKey } from "@lendstack/client";
import { allScopes, loadConfig, mintDevelopmentToken, type RunningServer, startServer } from "@lendstack/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTEFACTS_DIR,
  foreignRequests,
  launchChromium,
  type TestBrowser,
} from "../../packages/server/test/browser/chromium.js";
import { type Portal, startPortal } from "./serve.js";

// The portal in headless Chromium, against a started API over HTTP: the figures on screen must be the API's.
let server: RunningServer;
let portal: Portal;
let browser: TestBrowser;
let token: string;
let loanId: string;
const dollars = (minor: number) =>
  `$${Math.trunc(minor / 100).toLocaleString("en-US")}.${String(minor % 100).padStart(2, "0")}`;

beforeAll(async () => {
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", LENDSTACK_DATA_DIR: "memory", LOG_LEVEL: "silent" });
  server = await startServer(config, { seed: true });
  token = await mintDevelopmentToken({ tenant: "demo", scopes: allScopes() });
  const lendstack = createClient({ baseUrl: server.url, token });
  const products = await lendstack.GET("/v1/products", { params: { query: { limit: 100 } } });
  const product = products.data?.data.find((candidate) => candidate.name === "Personal installment loan");
  // $5,000.00 at 14.99 % over 12 months: PMT(14.99%/12, 12, -5000) = 451.27 a month.
  const boarded = await lendstack.POST("/v1/loans", {
    body: {
      productId: product!.id,
      amount: 500_000,
      currency: "USD",
      numberOfPayments: 12,
      ratePercent: "14.99",
      disbursementDate: "2026-01-15",
      firstPaymentDate: "2026-02-15",
    },
    params: { header: { "idempotency-key": newIdempotencyKey() } },
  });
  loanId = boarded.data!.id;
  portal = await startPortal({ apiUrl: server.url, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await server?.close();
});

async function fromApi(path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as unknown;
}

describe("borrower portal in headless Chromium", () => {
  it("signs in, shows the loan and its schedule, takes a payment and quotes a payoff", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(portal.url);
    await page.fill("#token", token);
    await page.click("#sign-in button");
    await page.click(`button[data-loan-id="${loanId}"]`);
    await page.locator("#schedule tr").nth(11).waitFor();

    const firstRow = await page.locator("#schedule tr").first().locator("td").allTextContents();
    // Due the 15th, a Sunday in Feb 2026: the product moves it to the following business day.
    expect(firstRow.slice(0, 3)).toEqual(["1", "2026-02-16", "$451.27"]);
    const before = (await fromApi(`/v1/loans/${loanId}`)) as { outstanding: { total: number } };
    expect(await page.textContent("#loan-outstanding")).toBe(dollars(before.outstanding.total));
    expect(await page.textContent("#loan-principal")).toBe("$5,000.00");

    await page.fill("#payment-amount", "451.27");
    await page.fill("#payment-date", "2026-02-16");
    await page.click("#payment button");
    await page.getByText("Payment of $451.27 posted.").waitFor();
    const after = (await fromApi(`/v1/loans/${loanId}`)) as {
      outstanding: { total: number };
      principalBalance: number;
    };
    await expect.poll(() => page.textContent("#loan-outstanding")).toBe(dollars(after.outstanding.total));
    expect(await page.textContent("#loan-principal")).toBe(dollars(after.principalBalance));
    expect(after.principalBalance).toBeLessThan(500_000);

    await page.fill("#payoff-date", "2026-03-01");
    await page.click("#payoff button");
    const payoff = (await fromApi(`/v1/loans/${loanId}/payoff-quote?date=2026-03-01`)) as {
      amount: number;
    };
    await page.getByText(`Payoff on 2026-03-01: ${dollars(payoff.amount)}`).waitFor();

    await mkdir(ARTEFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS_DIR, "borrower-portal.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreignRequests(browser.requestedUrls, "127.0.0.1")).toEqual([]);
  });
});
