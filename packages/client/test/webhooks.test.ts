import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifyWebhook, WebhookVerificationError } from "../src/index.js";

// verifyWebhook against the Standard Webhooks reference library, both ways: what the library signs we
// verify, and what we accept the library accepts (and both refuse the same tampering).

const secret = `whsec_${Buffer.from("lendstack-test-secret-32-bytes!!").toString("base64")}`;
const other = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
const body = JSON.stringify({ id: "evt_01JGFJJZ0000000000000000AB", object: "event", type: "loan.payment_posted" });
const now = new Date("2026-12-03T10:00:00Z");

function signedHeaders(at: Date, signingSecret = secret, id = "evt_01JGFJJZ0000000000000000AB") {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(signingSecret).sign(id, at, body),
  };
}

describe("verifyWebhook", () => {
  it("accepts what the reference library signs, from a Headers object or a plain record", async () => {
    const headers = signedHeaders(now);
    await expect(verifyWebhook(body, headers, secret, { now })).resolves.toMatchObject({ type: "loan.payment_posted" });
    await expect(verifyWebhook(body, new Headers(headers), secret, { now })).resolves.toMatchObject({
      object: "event",
    });
  });

  it("accepts a delivery signed with several secrets when one matches (rotation)", async () => {
    const headers = signedHeaders(now);
    const both = {
      ...headers,
      "webhook-signature": `${signedHeaders(now, other)["webhook-signature"]} ${headers["webhook-signature"]}`,
    };
    await expect(verifyWebhook(body, both, secret, { now })).resolves.toBeDefined();
    await expect(verifyWebhook(body, both, other, { now })).resolves.toBeDefined();
    // The reference library agrees on the same message.
    expect(() =>
      new Webhook(other).verify(body, { ...both, "webhook-timestamp": String(Math.floor(Date.now() / 1000)) }),
    ).toThrow();
  });

  it.each([
    ["a tampered body", (h: Record<string, string>) => ({ body: `${body} `, headers: h })],
    [
      "another secret",
      (h: Record<string, string>) => ({
        body,
        headers: { ...h, "webhook-signature": signedHeaders(now, other)["webhook-signature"] },
      }),
    ],
    ["another id", (h: Record<string, string>) => ({ body, headers: { ...h, "webhook-id": "evt_other" } })],
    [
      "a v2 signature",
      (h: Record<string, string>) => ({
        body,
        headers: { ...h, "webhook-signature": h["webhook-signature"]!.replace("v1,", "v2,") },
      }),
    ],
    [
      "no signature header",
      (h: Record<string, string>) => ({
        body,
        headers: { "webhook-id": h["webhook-id"]!, "webhook-timestamp": h["webhook-timestamp"]! },
      }),
    ],
  ])("refuses %s, as the reference library does", async (_name, tamper) => {
    const { body: sent, headers } = tamper(signedHeaders(now));
    await expect(verifyWebhook(sent, headers, secret, { now })).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it("allows five minutes of clock difference either way, and no more", async () => {
    await expect(
      verifyWebhook(body, signedHeaders(new Date(now.getTime() - 299_000)), secret, { now }),
    ).resolves.toBeDefined();
    await expect(
      verifyWebhook(body, signedHeaders(new Date(now.getTime() + 299_000)), secret, { now }),
    ).resolves.toBeDefined();
    await expect(
      verifyWebhook(body, signedHeaders(new Date(now.getTime() - 301_000)), secret, { now }),
    ).rejects.toThrow(/too old/);
    await expect(
      verifyWebhook(body, signedHeaders(new Date(now.getTime() + 301_000)), secret, { now }),
    ).rejects.toThrow(/future/);
  });

  it("signs nothing itself, but what it accepts the reference library accepts", async () => {
    const at = new Date();
    const headers = signedHeaders(at);
    await verifyWebhook(body, headers, secret);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: "loan.payment_posted" });
  });
});
