import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoUnderwritingRuleSet } from "./demo-underwriting.js";
import { canonicalJson, hashRuleSet } from "./hash-rule-set.js";
import { createDraftVersion, publishVersion, updateDraftVersion, verifyRuleSetVersion } from "./rule-set-version.js";
import { sha256Hex } from "./sha256.js";

describe("sha256Hex", () => {
  // Test vectors from FIPS 180-2 Appendix B (B.1, B.2) and the NIST CSRC examples for "" and a 1,000,000 × "a" message.
  const vectors: Array<[string, string]> = [
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    ["a".repeat(1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
  ];
  it.each(vectors)("hashes %#", (text, want) => {
    expect(sha256Hex(text)).toBe(want);
  });
  it("hashes the UTF-8 bytes of non-ASCII text", () => {
    // 'é' is the two bytes C3 A9; the digest must equal that of the same bytes written as Latin-1 code points decoded as UTF-8.
    expect(sha256Hex("é")).toBe(sha256Hex(new TextDecoder().decode(new Uint8Array([0xc3, 0xa9]))));
    expect(sha256Hex("é")).not.toBe(sha256Hex("\u00c3\u00a9"));
  });
});

describe("hashRuleSet", () => {
  it("ignores key order and whitespace but not values", () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: "x" } })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
    const reordered = Object.fromEntries(Object.entries(demoUnderwritingRuleSet).reverse());
    expect(hashRuleSet(reordered)).toBe(hashRuleSet(demoUnderwritingRuleSet));
    expect(hashRuleSet(JSON.parse(JSON.stringify(demoUnderwritingRuleSet, null, 2)))).toBe(
      hashRuleSet(demoUnderwritingRuleSet),
    );
    const changed = { ...demoUnderwritingRuleSet, defaultDecision: "refer" as const };
    expect(hashRuleSet(changed)).not.toBe(hashRuleSet(demoUnderwritingRuleSet));
  });

  it("is independent of key insertion order (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(hashRuleSet(reversed)).toBe(hashRuleSet(record));
      }),
    );
  });
});

describe("rule-set versions", () => {
  const draft = createDraftVersion("demo-underwriting", 1, demoUnderwritingRuleSet);

  it("a draft can change; a published version cannot", () => {
    const edited = updateDraftVersion(draft, { ...demoUnderwritingRuleSet, name: "edited" });
    expect(edited.ok).toBe(true);
    const published = publishVersion(draft, { publishedAt: "2026-01-05T10:00:00Z" });
    if (!published.ok) throw new Error(published.error.message);
    expect(published.value).toMatchObject({ status: "published", hash: hashRuleSet(demoUnderwritingRuleSet) });
    expect(updateDraftVersion(published.value, demoUnderwritingRuleSet)).toMatchObject({
      ok: false,
      error: { code: "version_immutable" },
    });
    expect(publishVersion(published.value, { publishedAt: "2026-01-06T10:00:00Z" })).toMatchObject({ ok: false });
  });

  it("verification proves a published version unchanged, and catches any edit", () => {
    const published = publishVersion(draft, { publishedAt: "2026-01-05T10:00:00Z" });
    if (!published.ok) throw new Error(published.error.message);
    expect(verifyRuleSetVersion(published.value).ok).toBe(true);
    const tampered = {
      ...published.value,
      document: { ...demoUnderwritingRuleSet, defaultDecision: "decline" as const },
    };
    expect(verifyRuleSetVersion(tampered)).toMatchObject({ ok: false, error: { code: "hash_mismatch" } });
    expect(verifyRuleSetVersion(draft)).toMatchObject({ ok: false, error: { code: "not_published" } });
  });
});
