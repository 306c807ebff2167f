/**
 * One bad field of a party: where it is (a path into the input), a stable snake_case `code` and a
 * message. Messages never repeat the value (a tax id or a date of birth must not travel into logs or
 * problem documents).
 *
 * @example
 * const issue: FieldIssue = { path: ["taxId"], code: "invalid_ssn_area", message: "an SSN's area (first three digits) cannot be 000, 666 or 900-999" };
 */
export interface FieldIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
}

/** @example issue(["dateOfBirth"], "date_in_future", "must not be after today") */
export function issue(path: ReadonlyArray<string | number>, code: string, message: string): FieldIssue {
  return { path, code, message };
}
