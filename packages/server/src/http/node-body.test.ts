import { connect } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitedBody } from "./node-body.js";

// The Node path of limitedBody (only a real socket reaches it), with an app that records what it saw.
const unhandled: unknown[] = [];
const bodies: string[] = [];
let server: ServerType;
let port: number;

beforeAll(async () => {
  const app = new Hono();
  app.use("*", limitedBody({ maxSize: 64, onError: (c) => c.text("too large", 413) }));
  app.post("/echo", async (c) => {
    bodies.push(await c.req.text());
    return c.text("ok");
  });
  app.onError((error, c) => {
    unhandled.push(error);
    return c.text("error", 500);
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string) => fetch(`http://127.0.0.1:${port}/echo`, { method: "POST", body });

describe("limitedBody on Node's server", () => {
  it("hands the handler the body within the limit and refuses one past it", async () => {
    expect(await (await post("héllo")).text()).toBe("ok");
    expect(bodies.at(-1)).toBe("héllo");
    expect((await post("x".repeat(65))).status).toBe(413);
  });

  it("answers a body cut off by its client without an unhandled error, and goes on serving", async () => {
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\nonly ten b");
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
    expect(bodies).not.toContain("only ten b");
    expect((await post("after")).status).toBe(200);
  });
});
