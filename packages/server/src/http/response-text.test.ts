import { afterEach, describe, expect, it, vi } from "vitest";
import { responseText } from "./response-text.js";

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
});
