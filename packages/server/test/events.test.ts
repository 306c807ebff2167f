import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKGROUND_EVENT_TYPES, EVENT_TYPES } from "../src/events/catalog.js";
import { EVENT_BY_OPERATION, EVENT_RECORDED_BY_HANDLER, OPERATIONS_WITHOUT_EVENTS } from "../src/events/emits.js";
import type { FaultHook, FaultStep } from "../src/http/faults.js";
import { buildOpenApiDocument } from "../src/openapi-document.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;
let armed: FaultStep | undefined;
const faults: FaultHook = (step) => {
  if (step !== armed) return;
  armed = undefined;
  throw new Error(`injected failure at ${step}`);
};

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { faults });
});
afterAll(() => testDatabase.dispose());

type Event = { id: string; type: string; resourceId: string; data: Record<string, unknown>; requestId: string | null };

async function listEvents(token: string, query = ""): Promise<Event[]> {
  const found: Event[] = [];
  let cursor: string | null = null;
  do {
    const separator = query === "" ? "?" : `?${query}&`;
    const page = await json(
      await api.call(
        "GET",
        `/v1/events${cursor === null ? (query === "" ? "" : `?${query}`) : `${separator}cursor=${cursor}`}`,
        {
          token,
        },
      ),
    );
    found.push(...(page.data as Event[]));
    cursor = page.nextCursor as string | null;
  } while (cursor !== null);
  return found;
}

describe("events", () => {
  it("records each change with the resource as the response showed it, listed and fetched by id", async () => {
    const token = await api.token("events-basic");
    const created = await api.call("POST", "/v1/products", { token, body: personalLoan({ name: "Evented" }) });
    const product = await json(created);
    const productId = String(product.id);
    expect((await api.call("POST", `/v1/products/${productId}/archive`, { token })).status).toBe(200);

    const all = await listEvents(token);
    expect(all.map((event) => event.type)).toEqual(["product.created", "product.archived"]);
    expect(all[0]?.data).toEqual(product);
    expect(all[0]?.resourceId).toBe(productId);
    expect(all[0]?.requestId).toBe(created.headers.get("x-request-id"));

    const one = await json(await api.call("GET", `/v1/events/${all[1]!.id}`, { token }));
    expect(one).toMatchObject({ object: "event", type: "product.archived", resourceType: "product" });
    expect(await listEvents(token, "type=product.created")).toHaveLength(1);
    expect(await listEvents(token, "type=product.*")).toHaveLength(2);
    expect(await listEvents(token, "type=loan.*")).toHaveLength(0);
    const refused = await api.call("GET", "/v1/events?type=loan.nonsense", { token });
    expect(refused.status).toBe(422);
    expect((await api.call("GET", "/v1/events/evt_01JGFJJZ0000000000000000AB", { token })).status).toBe(404);
  });

  it("records nothing for a refused request or an idempotent replay, and nothing across tenants", async () => {
    const token = await api.token("events-refusals");
    expect((await api.call("POST", "/v1/products", { token, body: { name: "" } })).status).toBe(422);
    const key = { "idempotency-key": "replayed-create" };
    expect((await api.call("POST", "/v1/products", { token, body: personalLoan(), headers: key })).status).toBe(201);
    const replay = await api.call("POST", "/v1/products", { token, body: personalLoan(), headers: key });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await listEvents(token)).map((event) => event.type)).toEqual(["product.created"]);
    expect(await listEvents(await api.token("events-someone-else"))).toEqual([]);
  });

  it("has an event, or a stated reason for none, for every operation that changes state", () => {
    const document = buildOpenApiDocument() as unknown as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const changing = Object.values(document.paths).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => ["post", "put", "patch", "delete"].includes(method))
        .map(([, operation]) => operation.operationId ?? "(no operationId)"),
    );
    const unaccounted = changing.filter(
      (id) =>
        EVENT_BY_OPERATION[id] === undefined &&
        EVENT_RECORDED_BY_HANDLER[id] === undefined &&
        !OPERATIONS_WITHOUT_EVENTS.has(id),
    );
    expect(unaccounted).toEqual([]);
    const emitted = new Set([
      ...Object.values(EVENT_BY_OPERATION).map((event) => event.type),
      ...Object.values(EVENT_RECORDED_BY_HANDLER).flat(),
      ...BACKGROUND_EVENT_TYPES,
    ]);
    expect(EVENT_TYPES.filter((type) => !emitted.has(type))).toEqual([]);
  });
});

describe("the outbox under injected failures", () => {
  const STEPS: ReadonlyArray<FaultStep | "none"> = [
    "none",
    "after_claim",
    "after_event_insert",
    "before_render",
    "after_commit",
  ];

  it("stores exactly the events of the changes that committed", async () => {
    const token = await api.token("events-outbox");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const step of steps) {
          round += 1;
          armed = step === "none" ? undefined : step;
          await pay(api, token, loanId, 100 + (round % 7), "2025-01-15");
          armed = undefined;
        }
        const payments = (await json(await api.call("GET", `/v1/loans/${loanId}/events`, { token }))).data as Array<{
          type: string;
        }>;
        const posted = (await listEvents(token, "type=loan.payment_posted")).length;
        expect(posted).toBe(payments.filter((event) => event.type === "payment").length);
      }),
      { numRuns: 8 },
    );
    // Some payments committed (the property is not satisfied by an empty log).
    expect((await listEvents(token, "type=loan.payment_posted")).length).toBeGreaterThan(0);
  });
});
