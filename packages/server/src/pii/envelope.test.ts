import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { keyedHash, masterKeyId, open, seal } from "./envelope.js";
import { developmentKeyPath, parseMasterKey } from "./master-keys.js";

const key = randomBytes(32);

describe("AES-256-GCM envelopes", () => {
  it("round-trips any bytes under the same key and context, with a fresh IV each time", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 40 }), (bytes, context) => {
        const plain = Buffer.from(bytes);
        const first = seal(key, plain, context);
        expect(open(key, first, context).equals(plain)).toBe(true);
        expect(seal(key, plain, context)).not.toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses another key, another context and any changed byte", () => {
    const sealed = seal(key, Buffer.from("123456789"), "party:t:pty_1:taxId");
    expect(() => open(randomBytes(32), sealed, "party:t:pty_1:taxId")).toThrow();
    expect(() => open(key, sealed, "party:t:pty_2:taxId")).toThrow();
    const raw = Buffer.from(sealed.slice(3), "base64url");
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => open(key, `v1:${raw.toString("base64url")}`, "party:t:pty_1:taxId")).toThrow();
    expect(() => open(key, `v2:${sealed.slice(3)}`, "party:t:pty_1:taxId")).toThrow(/version/);
  });

  it("hashes equal values equally under one key and differently under another (RFC 4231 case 2)", () => {
    expect(keyedHash(key, "taxId:individual:123456789")).toBe(keyedHash(key, "taxId:individual:123456789"));
    expect(keyedHash(randomBytes(32), "taxId:individual:123456789")).not.toBe(
      keyedHash(key, "taxId:individual:123456789"),
    );
    expect(keyedHash(Buffer.from("Jefe"), "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("names a master key by a fingerprint that is not the key", () => {
    expect(masterKeyId(key)).toMatch(/^mk_[0-9a-f]{16}$/);
    expect(masterKeyId(key)).toBe(masterKeyId(Buffer.from(key)));
    expect(masterKeyId(key)).not.toBe(masterKeyId(randomBytes(32)));
  });
});

describe("master key configuration", () => {
  it("takes base64 of exactly 32 bytes", () => {
    expect(parseMasterKey(key.toString("base64"))?.equals(key)).toBe(true);
    expect(parseMasterKey(randomBytes(16).toString("base64"))).toBeUndefined();
    expect(parseMasterKey("not base64!")).toBeUndefined();
  });

  it("refuses a bad LENDSTACK_MASTER_KEY without echoing it", () => {
    expect(() => loadConfig({ LENDSTACK_MASTER_KEY: "c2hvcnQ=" })).toThrow(
      /^Invalid configuration: LENDSTACK_MASTER_KEY: must be base64 of exactly 32 bytes$/,
    );
    const config = loadConfig({ LENDSTACK_MASTER_KEY: key.toString("base64") });
    expect(config.pii.masterKey?.equals(key)).toBe(true);
    expect(config.pii.previousMasterKey).toBeUndefined();
  });

  it("keeps the development key beside the data folder, not in it", () => {
    expect(developmentKeyPath("./.lendstack/data")).toBe("./.lendstack/data.master-key");
    expect(developmentKeyPath("/var/lib/lendstack/")).toBe("/var/lib/lendstack.master-key");
  });
});
