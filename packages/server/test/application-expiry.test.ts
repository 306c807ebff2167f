import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The daily close expires offered applications whose every offer has lapsed, and only those.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
const day = 86_400_000;

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

async function offered(token: string, setup: OriginationSetup): Promise<Body> {
  const created = await post(token, "/v1/applications", completeForm(setup));
  await post(token, `/v1/applications/${created.body.id}/submit`);
  const decided = await post(token, `/v1/applications/${created.body.id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts: primeBureauFacts,
  });
  expect(decided.body.state).toBe("offered");
  return decided.body;
}

describe("offer expiry in the daily close", () => {
  it("expires applications whose offers lapsed, leaving open and accepted ones", async () => {
    const tenant = "offer-expiry";
    let token = await api.token(tenant);
    const setup = await setUpOrigination(api, token, { offerValidDays: 2 });
    const lapsing = await offered(token, setup);
    const accepted = await offered(token, setup);
    const offers = await json(await api.call("GET", `/v1/applications/${accepted.id}/offers`, { token }));
    const [offer] = offers.data as Body[];
    expect((await post(token, `/v1/applications/${accepted.id}/offers/${offer?.id}/accept`)).status).toBe(200);

    // A day later a fresh offer is made: its offers are still open when the first ones lapse.
    api.clock.advance(day);
    token = await api.token(tenant);
    const fresh = await offered(token, setup);

    api.clock.advance(day + 60_000);
    await closeDay(
      testDatabase.db,
      { businessDate: date("2026-12-05"), batchSize: 100 },
      { clock: api.clock, ids: api.ids },
    );
    token = await api.token(tenant);
    const read = async (id: unknown) => json(await api.call("GET", `/v1/applications/${id}`, { token }));
    const expired = await read(lapsing.id);
    expect(expired).toMatchObject({ state: "expired", allowedCommands: [] });
    expect((expired.stateHistory as Body[]).at(-1)).toMatchObject({ state: "expired", by: "system:close-day" });
    const stored = await json(await api.call("GET", `/v1/applications/${lapsing.id}/offers`, { token }));
    expect(new Set((stored.data as Body[]).map((o) => o.status))).toEqual(new Set(["expired"]));
    expect((await read(fresh.id)).state).toBe("offered");
    expect((await read(accepted.id)).state).toBe("accepted");
    const events = await json(await api.call("GET", "/v1/events?type=application.expired", { token }));
    expect((events.data as Body[]).map((event) => event.resourceId)).toEqual([lapsing.id]);

    // Accepting now is refused by the lifecycle; a second close changes nothing.
    const late = await post(token, `/v1/applications/${lapsing.id}/offers/${(stored.data as Body[])[0]?.id}/accept`);
    expect(late.status).toBe(409);
    await closeDay(
      testDatabase.db,
      { businessDate: date("2026-12-05"), batchSize: 100 },
      { clock: api.clock, ids: api.ids },
    );
    const again = await json(await api.call("GET", "/v1/events?type=application.expired", { token }));
    expect(again.data).toHaveLength(1);
  });
});
