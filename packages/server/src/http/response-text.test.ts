import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rememberJsonText, responseText } from "./response-text.js";

afterEach(() => vi.restoreAllMocks());

describe("responseText", () => {
  it("reads a response's body once, and leaves the response itself unread", async () => {
    const clone = vi.spyOn(Response.prototype, "clone");
    const response = new Response('{"id":"pmt_1"}', { status: 201, headers: { "content-type": "application/json" } });
    expect(await responseText(response)).toBe('{"id":"pmt_1"}');
    expect(await responseText(response)).toBe('{"id":"pmt_1"}');
    expect(clone).toHaveBeenCalledTimes(1);
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('{"id":"pmt_1"}');
  });

  it("reads another response afresh", async () => {
    expect(await responseText(new Response("a"))).toBe("a");
    expect(await responseText(new Response("b"))).toBe("b");
  });

  it("gives the text c.json rendered without reading the response, which is c.json's own", async () => {
    const app = new Hono();
    const texts: string[] = [];
    app.use("*", rememberJsonText());
    app.use("*", async (c, next) => {
      await next();
      const clone = vi.spyOn(Response.prototype, "clone");
      texts.push(await responseText(c.res));
      expect(clone).not.toHaveBeenCalled();
    });
    app.get("/made", (c) => c.json({ id: "pmt_1", note: "é" }, 201, { "x-extra": "1" }));
    app.get("/typed", (c) => c.json({ id: "pmt_2" }, 200, { "content-type": "application/problem+json" }));
    const made = await app.request("/made");
    expect(made.status).toBe(201);
    expect(made.headers.get("content-type")).toBe("application/json");
    expect(made.headers.get("x-extra")).toBe("1");
    expect(await made.text()).toBe('{"id":"pmt_1","note":"é"}');
    const typed = await app.request("/typed");
    expect(typed.headers.get("content-type")).toBe("application/problem+json");
    expect(texts).toEqual(['{"id":"pmt_1","note":"é"}', '{"id":"pmt_2"}']);
  });
});
