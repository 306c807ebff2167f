/**
 * One thing an application lacks or gets wrong before it can be submitted: where (`path` into
 * the application form), a stable snake_case `code` and a message. The server lists every one in
 * a 422 problem document.
 *
 * @example const item: MissingItem = { path: ["applicants"], code: "primary_applicant_required", message: "…" };
 */
export interface MissingItem {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
  /** Extra facts, e.g. the line and column of an expression error. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Collects missing items under a path prefix. */
export class ItemSink {
  readonly items: MissingItem[] = [];

  add(path: ReadonlyArray<string | number>, code: string, message: string): void {
    this.items.push({ path, code, message });
  }

  /** Records `required` when the value is absent or a blank string; returns whether it is present. */
  require(value: unknown, path: ReadonlyArray<string | number>): boolean {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      this.add(path, "required", `${path.join(".")} is required`);
      return false;
    }
    return true;
  }

  /** A required amount in minor units that must be > 0 (or ≥ 0 with `allowZero`). */
  requireAmount(value: bigint | undefined, path: ReadonlyArray<string | number>, allowZero = false): void {
    if (!this.require(value, path) || value === undefined) return;
    if (allowZero ? value < 0n : value <= 0n) {
      this.add(
        path,
        allowZero ? "negative_amount" : "not_positive",
        `${path.join(".")} must be ${allowZero ? "≥ 0" : "> 0"}`,
      );
    }
  }
}
