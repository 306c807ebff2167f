import type { Result } from "../errors/index.js";
import { compare, type Decimal, formatDecimal, isNegative, parseDecimal } from "../money/index.js";
import { ItemSink, type MissingItem } from "./missing-item.js";

/**
 * A risk-based pricing grid: the annual rate (percent) by credit-score band (rows) and LTV band
 * (columns). Band edges are explicit:
 * - score band `i` is `[scoreEdges[i] .. scoreEdges[i+1])` — lower edge included, upper excluded —
 *   and the last band is open above; a score below `scoreEdges[0]` is off the grid;
 * - LTV band `j` is `(ltvEdgesPercent[j-1] .. ltvEdgesPercent[j]]` — upper edge included — and the
 *   first band starts at 0 %; an LTV above the last edge is off the grid.
 * A `null` cell is a combination the lender does not offer.
 *
 * @example
 * const grid: RateGrid = { scoreEdges: [620, 680, 740], ltvEdgesPercent: ["80", "100"], ratesPercent: [["12.99", "14.99"], ["8.99", "10.49"], ["6.49", "7.99"]] };
 */
export interface RateGrid {
  /** Ascending lower edges of the score bands. */
  readonly scoreEdges: ReadonlyArray<number>;
  /** Ascending upper edges (inclusive) of the LTV bands, percent as decimal strings. */
  readonly ltvEdgesPercent: ReadonlyArray<string>;
  /** `ratesPercent[scoreBand][ltvBand]`: percent a year as a decimal string, or null (not offered). */
  readonly ratesPercent: ReadonlyArray<ReadonlyArray<string | null>>;
}

/**
 * The rate a grid gives, with the bands it came from written in the rule language's range
 * notation (`[680..740)`, `>= 740` for the open top band, `(80..100]`) for the decision record.
 *
 * @example const priced: GridRate = { ratePercent: dec("8.99"), scoreBand: "[680..740)", ltvBand: "[0..80]" };
 */
export interface GridRate {
  readonly ratePercent: Decimal;
  readonly scoreBand: string;
  readonly ltvBand: string;
}

/**
 * Checks a grid's shape: edges strictly ascending, one row per score band and one cell per LTV
 * band, every rate a decimal ≥ 0 (or null). Returns every problem.
 *
 * @example validateRateGrid(grid).length === 0
 */
export function validateRateGrid(grid: RateGrid): ReadonlyArray<MissingItem> {
  const sink = new ItemSink();
  if (grid.scoreEdges.length === 0) sink.add(["scoreEdges"], "required", "at least one score band");
  grid.scoreEdges.forEach((edge, i) => {
    if (!Number.isInteger(edge) || (i > 0 && edge <= grid.scoreEdges[i - 1]!)) {
      sink.add(["scoreEdges", i], "invalid_band_edge", "score edges are whole numbers, strictly ascending");
    }
  });
  if (grid.ltvEdgesPercent.length === 0) sink.add(["ltvEdgesPercent"], "required", "at least one LTV band");
  const ltv = grid.ltvEdgesPercent.map((text) => parseDecimal(text));
  ltv.forEach((edge, i) => {
    const previous = ltv[i - 1];
    const ascending = i === 0 || (previous?.ok === true && edge.ok && compare(edge.value, previous.value) > 0);
    if (!edge.ok || isNegative(edge.value) || !ascending) {
      sink.add(["ltvEdgesPercent", i], "invalid_band_edge", "LTV edges are decimals ≥ 0, strictly ascending");
    }
  });
  if (grid.ratesPercent.length !== grid.scoreEdges.length) {
    sink.add(["ratesPercent"], "invalid_grid_shape", `${grid.scoreEdges.length} score rows expected`);
  }
  grid.ratesPercent.forEach((row, i) => {
    if (row.length !== grid.ltvEdgesPercent.length) {
      sink.add(["ratesPercent", i], "invalid_grid_shape", `${grid.ltvEdgesPercent.length} LTV cells expected`);
    }
    row.forEach((cell, j) => {
      const rate = cell === null ? undefined : parseDecimal(cell);
      if (rate !== undefined && (!rate.ok || isNegative(rate.value))) {
        sink.add(["ratesPercent", i, j], "invalid_rate", "a rate is a decimal percent ≥ 0, or null");
      }
    });
  });
  return sink.items;
}

function scoreBandOf(grid: RateGrid, score: number): number {
  let band = -1;
  grid.scoreEdges.forEach((edge, i) => {
    if (score >= edge) band = i;
  });
  return band;
}

function ltvBandOf(grid: RateGrid, ltvPercent: Decimal): number {
  return grid.ltvEdgesPercent.findIndex((edge) => {
    const parsed = parseDecimal(edge);
    return parsed.ok && compare(ltvPercent, parsed.value) <= 0;
  });
}

/**
 * The grid's rate for a score and an LTV (percent). Errors: `score_below_grid`,
 * `ltv_above_grid`, `ltv_required` (an unsecured request — no LTV — needs a one-column grid),
 * `not_offered` (a null cell), `invalid_rate_grid` (the grid fails `validateRateGrid`).
 *
 * @example lookupRate(grid, 700, dec("85")) // ok({ ratePercent: 10.49, scoreBand: "[680..740)", ltvBand: "(80..100]" })
 */
export function lookupRate(grid: RateGrid, score: number, ltvPercent?: Decimal): Result<GridRate> {
  const issues = validateRateGrid(grid);
  if (issues.length > 0)
    return { ok: false, error: { code: "invalid_rate_grid", message: issues[0]!.message, path: issues[0]!.path } };
  const row = scoreBandOf(grid, score);
  if (row === -1)
    return { ok: false, error: { code: "score_below_grid", message: `score ${score} is below ${grid.scoreEdges[0]}` } };
  if (ltvPercent === undefined && grid.ltvEdgesPercent.length > 1) {
    return { ok: false, error: { code: "ltv_required", message: "this grid prices by LTV; give the LTV" } };
  }
  const column = ltvPercent === undefined ? 0 : ltvBandOf(grid, ltvPercent);
  if (column === -1) {
    const message = `LTV ${formatDecimal(ltvPercent!)}% is above ${grid.ltvEdgesPercent.at(-1)}%`;
    return { ok: false, error: { code: "ltv_above_grid", message } };
  }
  const cell = grid.ratesPercent[row]![column]!;
  const upper = grid.scoreEdges[row + 1];
  const scoreBand = upper === undefined ? `>= ${grid.scoreEdges[row]}` : `[${grid.scoreEdges[row]}..${upper})`;
  const ltvBand = `${column === 0 ? "[0" : `(${grid.ltvEdgesPercent[column - 1]}`}..${grid.ltvEdgesPercent[column]}]`;
  if (cell === null) {
    return { ok: false, error: { code: "not_offered", message: `no rate for score ${scoreBand} and LTV ${ltvBand}` } };
  }
  const ratePercent = parseDecimal(cell);
  return ratePercent.ok ? { ok: true, value: { ratePercent: ratePercent.value, scoreBand, ltvBand } } : ratePercent;
}
