import { createHash } from "node:crypto";
import type { LocalDate } from "@lendstack/core/calendar";
import type { LoanRow } from "../db/schema/index.js";
import { API_VERSION } from "../http/api-version.js";
import { toLoanBody } from "./view.js";

/**
 * The `ETag` of a loan read: a digest of the loan row as the API shows it (its `version` is bumped by every
 * event, its `updatedAt` by every other change, such as the close activating it), the date it is read as
 * of, which read it is and the API release. A read's body follows from exactly these (replay is
 * deterministic), so a client's `If-None-Match` is answered 304 from the loan row alone, without loading
 * and replaying its events.
 *
 * @example loanReadTag(row, "2026-12-05", "schedule") // "\"Xq3…\""
 */
export function loanReadTag(row: LoanRow, asOf: LocalDate, read: string): string {
  const digest = createHash("sha256")
    .update(`${JSON.stringify(toLoanBody(row))}\n${asOf}\n${read}\n${API_VERSION}`)
    .digest("base64url");
  return `"${digest.slice(0, 32)}"`;
}

/**
 * Whether an `If-None-Match` header names `tag` (a list, weak or strong, or `*`), as RFC 9110 § 13.1.2 compares.
 *
 * @example ifNoneMatchHas('W/"a", "b"', '"b"') // true
 */
export function ifNoneMatchHas(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((each) => each.replace(/^W\//, "") === tag);
}
