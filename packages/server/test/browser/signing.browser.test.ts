import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../../src/auth/development-token.js";
import { loadConfig } from "../../src/config.js";
import { allScopes } from "../../src/resources.js";
import { type RunningServer, startServer } from "../../src/server.js";
import { makePdf } from "../envelopes-helpers.js";
import { personalLoan } from "../helpers/products.js";
import { ARTEFACTS_DIR, foreignRequests, launchChromium, type TestBrowser } from "./chromium.js";

// A real envelope signed in headless Chromium: created over HTTP on a started server, then each signer
// opens its link, consents to electronic records and signs (a typed name, then a signature drawn with the
// mouse on the canvas); the API then shows the envelope completed and its evidence verified.

let server: RunningServer;
let browser: TestBrowser;
let token: string;

beforeAll(async () => {
  const config = loadConfig({ HOST: "127.0.0.1", LENDSTACK_DATA_DIR: "memory", LOG_LEVEL: "silent" });
  server = await startServer({ ...config, port: 0 });
  const { secret, issuer, audience } = config.jwt;
  token = await mintDevelopmentToken({
    tenant: "browser-signing",
    scopes: allScopes(),
    ...(secret === undefined ? {} : { secret }),
    issuer,
    audience,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Body = Record<string, unknown>;

async function api(method: string, path: string, body?: unknown): Promise<Body> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(method === "POST" ? { "idempotency-key": crypto.randomUUID() } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as Body;
  expect(response.status, JSON.stringify(answer)).toBeLessThan(300);
  return answer;
}

async function sentEnvelope(): Promise<Body> {
  const product = await api("POST", "/v1/products", personalLoan({ name: "Browser signing" }));
  const application = await api("POST", "/v1/applications", { productId: product.id, amount: 1_500_000 });
  const content = (await makePdf("Loan agreement signed in Chromium")).toString("base64");
  const upload = {
    type: "other",
    applicationId: application.id,
    fileName: "agreement.pdf",
    contentType: "application/pdf",
    content,
  };
  const document = await api("POST", "/v1/documents", upload);
  return api("POST", "/v1/envelopes", {
    applicationId: application.id,
    documentIds: [document.id],
    signers: [
      { name: "Ada Lovelace", email: "ada@example.com" },
      { name: "Charles Babbage", email: "charles@example.com" },
    ],
    message: "Please review and sign your loan agreement.",
    expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
  });
}

/** Opens a signing link, consents, and signs; `draw` draws the signature with the mouse instead. */
async function sign(page: Page, url: string, name: string, draw: boolean): Promise<string> {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
  await page.getByRole("link", { name: "agreement.pdf" }).waitFor();
  await page.locator("#consent").check();
  await page.locator("#consent-button").click();
  await page.locator("#sign-section").waitFor({ state: "visible" });
  await page.locator("#typed-name").fill(name);
  if (draw) {
    await page.locator("#kind-drawn").check();
    const box = await page.locator("#pad").boundingBox();
    if (box === null) throw new Error("no signature pad");
    await page.mouse.move(box.x + 20, box.y + 100);
    await page.mouse.down();
    for (let step = 1; step <= 12; step += 1)
      await page.mouse.move(box.x + 20 + step * 25, box.y + 100 - (step % 4) * 18);
    await page.mouse.up();
  }
  await page.locator("#sign-button").click();
  await page.locator("#status[data-signed='true']").waitFor({ timeout: 20_000 });
  return (await page.locator("#status").textContent()) ?? "";
}

describe("signing an envelope in headless Chromium", () => {
  it("consents and signs at each link in turn; the envelope is completed and verifies", async () => {
    const envelope = await sentEnvelope();
    const [first, second] = envelope.signingLinks as Array<{ url: string }>;
    expect(first?.url).toMatch(new RegExp(`^${server.url}/sign/[A-Za-z0-9_-]{43}$`));
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) failures.push(`CSP: ${message.text()}`);
    });

    expect(await sign(page, String(first?.url), "Ada Lovelace", false)).toBe("Signed. Thank you.");
    expect(await sign(page, String(second?.url), "Charles Babbage", true)).toContain("The envelope is complete");
    await mkdir(ARTEFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS_DIR, "signing.png"), fullPage: true });

    const completed = await api("GET", `/v1/envelopes/${envelope.id}`);
    expect(completed.status).toBe("completed");
    expect((completed.signers as Body[]).map((signer) => signer.signatureKind)).toEqual(["typed", "drawn"]);
    const verification = await api("GET", `/v1/envelopes/${envelope.id}/verify`);
    expect(verification.valid).toBe(true);
    const reopened = await page.goto(String(first?.url));
    expect(reopened?.status()).toBe(410);
    expect(failures).toEqual([]);
    expect(foreignRequests(browser.requestedUrls, "127.0.0.1")).toEqual([]);
  });
});
