import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envelopeSetup, SIGNERS, sendEnvelope, signingCall, tokensOf } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// A signer declines at its link: the envelope is declined for everyone, its other links refused, the decline
// recorded with its reason (event, evidence log, audit); the page of a signer whose turn has not come says so.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

describe("declining", () => {
  it("declines the envelope for everyone, with the reason, and refuses the other links", async () => {
    const token = await api.token("esign-decline");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    const [first, second] = tokensOf(created.body);

    const waiting = await signingCall(api, "GET", `/sign/${second}`);
    expect(waiting.status).toBe(409);
    expect(await waiting.text()).toContain("Earlier signers must sign first");
    const empty = await signingCall(api, "POST", `/sign/${first}/decline`, { reason: " " });
    expect(empty.status).toBe(422);
    const declined = await signingCall(api, "POST", `/sign/${first}/decline`, { reason: "The amount is wrong" });
    expect(await json(declined)).toEqual({ declined: true, envelopeStatus: "declined" });

    const envelope = await json(await api.call("GET", `/v1/envelopes/${created.body.id}`, { token }));
    expect(envelope).toMatchObject({ status: "declined" });
    expect((envelope.signers as Body[])[0]).toMatchObject({ status: "declined", declineReason: "The amount is wrong" });
    const other = await signingCall(api, "GET", `/sign/${second}`);
    expect(other.status).toBe(409);
    expect(await other.text()).toContain("declined");
    expect((await signingCall(api, "POST", `/sign/${first}/consent`, { accepted: true })).status).toBe(410);
    const events = await json(await api.call("GET", "/v1/events?type=envelope.declined", { token }));
    expect((events.data as Body[]).map((event) => (event.data as Body).status)).toEqual(["declined"]);
    const verified = await json(await api.call("GET", `/v1/envelopes/${created.body.id}/verify`, { token }));
    expect(verified.valid).toBe(true);
    const voided = await api.call("POST", `/v1/envelopes/${created.body.id}/void`, {
      token,
      body: { reason: "Re-sent" },
    });
    expect(await json(voided)).toMatchObject({ status: "voided" });
    const listed = await json(
      await api.call("GET", `/v1/envelopes?applicationId=${applicationId}&status=voided`, { token }),
    );
    expect((listed.data as Body[]).map((each) => each.id)).toEqual([created.body.id]);
  });
});
