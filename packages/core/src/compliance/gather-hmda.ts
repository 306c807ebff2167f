import type { Citation } from "./check-result.js";
import {
  type HmdaActionTaken,
  type HmdaCondition,
  type HmdaDataPoint,
  hmdaDataPoints,
  hmdaDataPointsCitation,
} from "./hmda-data-points.js";

/**
 * Whether one data point is present, missing, or not required for this application.
 *
 * @example const status = gatherHmdaDataPoints(application).dataPoints[0]?.status; // "present"
 */
export interface HmdaDataPointStatus {
  readonly id: string;
  readonly label: string;
  readonly citation: string;
  readonly field: string;
  readonly status: "present" | "missing" | "not_applicable";
  readonly value?: unknown;
}

/** Output of {@link gatherHmdaDataPoints}. @example result.missing // ["censusTract", "rateSpread"] */
export interface HmdaGatherResult {
  readonly actionTaken?: HmdaActionTaken;
  readonly isComplete: boolean;
  /** Ids of required data points with no value. */
  readonly missing: ReadonlyArray<string>;
  readonly dataPoints: ReadonlyArray<HmdaDataPointStatus>;
  readonly citation: Citation;
}

const maxPathDepth = 8;

function readPath(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of path.split(".").slice(0, maxPathDepth)) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function applies(condition: HmdaCondition | undefined, application: unknown, action: HmdaActionTaken | undefined) {
  if (!condition) return true;
  // Without a known action, action-dependent fields count as required: better to ask than to miss one.
  if (condition.actionTaken && action !== undefined && !condition.actionTaken.includes(action)) return false;
  if (condition.field === undefined) return true;
  const value = readPath(application, condition.field);
  if (condition.in && !condition.in.includes(value as string | number | boolean)) return false;
  if (condition.atLeast !== undefined && !(typeof value === "number" && value >= condition.atLeast)) return false;
  return true;
}

const actionCodes: ReadonlyArray<number> = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Gathers the HMDA data points (12 CFR 1003.4(a)) from an application object: for each, whether
 * it is present, missing, or not applicable given the action taken and the application's own
 * fields (e.g. denial reasons only for denials, rate spread only for originated or approved loans).
 * Field paths are listed in `hmdaDataPoints`; pass another table to map a different shape.
 *
 * @see 12 CFR 1003.4(a)
 * @example
 * gatherHmdaDataPoints({ actionTaken: 3, denialReasons: [] }).missing.includes("denialReasons") === true
 */
export function gatherHmdaDataPoints(
  application: Readonly<Record<string, unknown>>,
  table: ReadonlyArray<HmdaDataPoint> = hmdaDataPoints,
): HmdaGatherResult {
  const rawAction = readPath(application, "actionTaken");
  const action = actionCodes.includes(rawAction as number) ? (rawAction as HmdaActionTaken) : undefined;
  const dataPoints = table.map((point): HmdaDataPointStatus => {
    const base = {
      id: point.id,
      label: point.label,
      citation: `12 CFR 1003.4(a)${point.paragraph}`,
      field: point.field,
    };
    const value = readPath(application, point.field);
    const isInvalidAction = point.field === "actionTaken" && action === undefined;
    if (isPresent(value) && !isInvalidAction) return { ...base, status: "present", value };
    return { ...base, status: applies(point.requiredWhen, application, action) ? "missing" : "not_applicable" };
  });
  const missing = dataPoints.filter((point) => point.status === "missing").map((point) => point.id);
  return {
    ...(action === undefined ? {} : { actionTaken: action }),
    isComplete: missing.length === 0,
    missing,
    dataPoints,
    citation: hmdaDataPointsCitation,
  };
}
