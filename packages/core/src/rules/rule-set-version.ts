import { fail, ok, type Result } from "../errors/index.js";
import { hashRuleSet } from "./hash-rule-set.js";
import type { RuleSetDocument } from "./schema.js";

/** @example const s: RuleSetVersionStatus = "draft"; */
export type RuleSetVersionStatus = "draft" | "published";

/**
 * One version of a rule set. A draft can change; a published version is frozen and carries the
 * content hash of its document, so anyone can prove later that it was not altered. The server
 * stores these and enforces immutability; these helpers are pure.
 *
 * @example
 * const draft = createDraftVersion("underwriting-demo", 1, demoUnderwritingRuleSet);
 */
export interface RuleSetVersion {
  readonly id: string;
  /** 1, 2, 3…: increases with each new version of the same rule set id. */
  readonly version: number;
  readonly status: RuleSetVersionStatus;
  readonly document: RuleSetDocument;
  /** `hashRuleSet(document)`, fixed when published. */
  readonly hash?: string;
  /** UTC ISO 8601 instant of publication, passed in by the caller (core has no clock). */
  readonly publishedAt?: string;
}

/** @example publishVersion(draft, { publishedAt: "2026-01-05T10:00:00Z" }) */
export interface PublishOptions {
  readonly publishedAt: string;
}

/** A new draft. @example createDraftVersion("underwriting-demo", 1, doc) */
export function createDraftVersion(id: string, version: number, document: RuleSetDocument): RuleSetVersion {
  return { id, version, status: "draft", document };
}

/**
 * Replaces a draft's document; a published version is refused with `version_immutable`.
 *
 * @example updateDraftVersion(draft, editedDocument)
 */
export function updateDraftVersion(current: RuleSetVersion, document: RuleSetDocument): Result<RuleSetVersion> {
  if (current.status === "published") {
    return fail("version_immutable", `version ${current.version} of ${current.id} is published and cannot change`, [
      "document",
    ]);
  }
  return ok({ ...current, document });
}

/**
 * Freezes a draft: records the content hash and the publication instant. Publishing a published
 * version is `version_immutable`. (Compile the document first: the server must not publish a rule
 * set `compileRuleSet` refuses.)
 *
 * @example publishVersion(draft, { publishedAt: "2026-01-05T10:00:00Z" })
 */
export function publishVersion(current: RuleSetVersion, options: PublishOptions): Result<RuleSetVersion> {
  if (current.status === "published") {
    return fail("version_immutable", `version ${current.version} of ${current.id} is already published`, ["status"]);
  }
  return ok({
    ...current,
    status: "published",
    hash: hashRuleSet(current.document),
    publishedAt: options.publishedAt,
  });
}

/**
 * Proves a published version's document is the one that was published: its hash still matches.
 * `hash_mismatch` when it does not, `not_published` for a draft.
 *
 * @example verifyRuleSetVersion(stored).ok
 */
export function verifyRuleSetVersion(version: RuleSetVersion): Result<string> {
  if (version.status !== "published" || version.hash === undefined) {
    return fail("not_published", `version ${version.version} of ${version.id} is a draft`, ["status"]);
  }
  const actual = hashRuleSet(version.document);
  if (actual !== version.hash) {
    return fail("hash_mismatch", `document hash ${actual} differs from the published ${version.hash}`, ["document"], {
      expected: version.hash,
      actual,
    });
  }
  return ok(actual);
}
