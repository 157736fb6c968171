/**
 * Controlled rounding of a table with two columns and their row sums: a whole (the program) split
 * into a part (Canada) and the rest (the US), year by year, with column totals.
 *
 * The rule. Every rounded cell and every rounded total is its exact value rounded down or up to
 * the unit (a cent at 2 places), and never further; every row adds up (whole = part + rest) and
 * every column adds up to its total. The whole's total is its exact total rounded half-even; the
 * part's total too, and the rest's total then follows, unless that would put the rest's total more
 * than a unit from its exact value (possible only when both exact totals end in exactly half a
 * unit): then the part's total is rounded the other way. Rows are then decided one at a time: the
 * whole column first, in the order of the largest-remainder rule (largest fraction of a unit first,
 * ties to the earlier row), each rounded up if the rest of the table can still be completed and
 * down otherwise; then the part column in the same way. The rest is whole − part. Whenever the
 * largest-remainder rounding of the whole and the part columns already keeps every rest cell within
 * a unit, this is exactly that rounding.
 *
 * Why a completion always exists (proof sketch). Work in units, and per row write the part as
 * ⌊part⌋ + γ and the rest as ⌊rest⌋ + μ. A row may take the integer points (γ, μ) of
 * { 0 ≤ γ ≤ [part not whole], 0 ≤ μ ≤ [rest not whole], lo ≤ γ + μ ≤ hi }, where lo..hi are the
 * offsets that keep the whole at its floor or ceiling; a decision only narrows one of these three
 * ranges. The exact fractions (a, b) satisfy the same inequalities, so the exact sums (A, B) lie in
 * the sum of the rows' sets. Each row's set is an integral g-polymatroid on two elements (bounds on
 * γ, on μ and on γ + μ), so their Minkowski sum is the set of the summed bounds and each integer
 * point of it is a sum of integer points of the rows (Frank & Tardos 1988, "Generalized
 * polymatroids and submodular flows"; the 2-D case of Bacharach 1966 / Cox & Ernst 1982). The
 * targets (Σγ, Σμ) = (part total − Σ⌊part⌋, rest total − Σ⌊rest⌋) are integers within a unit of
 * (A, B), and their sum within a unit of A + B, so they lie within the summed (integer) bounds:
 * the table can be completed, and `completable` below is that exact test. Each decision keeps it
 * true (if rounding up cannot be completed, rounding down can), and once every row is decided the
 * sums are the targets.
 *
 * Inputs are taken without the arithmetic's noise (money.ts `denoise`, 20 places below the unit), so
 * equal figures tie and exact halves stay halves; the result is within a unit of the inputs as given.
 */
import { Dec, denoise, HALF_EVEN, sum } from './money';

export interface SplitTotals {
  readonly whole: Dec;
  readonly part: Dec;
  readonly rest: Dec;
}

export interface SplitRounding extends SplitTotals {
  /** Each row's rounded whole, part and rest (whole = part + rest). */
  readonly rows: readonly SplitTotals[];
}

/** A row's possible offsets (γ up for the part, μ up for the rest) above the floors, as points. */
type Point = readonly [gamma: number, mu: number];

interface Row {
  readonly partFloor: Dec;
  readonly restFloor: Dec;
  /** The whole's and the part's fractions of a unit (the largest-remainder orders). */
  readonly wholeFraction: Dec;
  readonly partFraction: Dec;
  points: Point[];
}

const NONE: Bounds = [0, 0, 0, 0, 0, 0];

const CORNERS: readonly Point[] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

/** A row in units: the floors and the offsets that keep part, rest and whole within a unit. */
function rowOf(whole: Dec, part: Dec): Row {
  const wholeFloor = whole.floor();
  const partFloor = part.floor();
  const wholeFraction = whole.minus(wholeFloor);
  const partFraction = part.minus(partFloor);
  // rest = whole − part; its fraction borrows a unit when the part's fraction is the larger.
  const carry = partFraction.gt(wholeFraction) ? 1 : 0;
  const lo = carry;
  const hi = carry + (wholeFraction.isZero() ? 0 : 1);
  const partUp = partFraction.isZero() ? 0 : 1;
  const restUp = partFraction.eq(wholeFraction) ? 0 : 1;
  const points = CORNERS.filter(([g, m]) => g <= partUp && m <= restUp && g + m >= lo && g + m <= hi);
  return {
    partFloor,
    restFloor: wholeFloor.minus(partFloor).minus(carry),
    wholeFraction,
    partFraction,
    points,
  };
}

/** A row's bounds: [γ low, γ high, μ low, μ high, γ+μ low, γ+μ high] over its points. */
type Bounds = readonly [number, number, number, number, number, number];

function boundsOf(points: readonly Point[]): Bounds {
  let [gLo, gHi, mLo, mHi, sLo, sHi] = [Infinity, -Infinity, Infinity, -Infinity, Infinity, -Infinity];
  for (const [g, m] of points) {
    gLo = Math.min(gLo, g);
    gHi = Math.max(gHi, g);
    mLo = Math.min(mLo, m);
    mHi = Math.max(mHi, m);
    sLo = Math.min(sLo, g + m);
    sHi = Math.max(sHi, g + m);
  }
  return [gLo, gHi, mLo, mHi, sLo, sHi];
}

const add = (a: Bounds, b: Bounds, sign = 1): Bounds => [
  a[0] + sign * b[0],
  a[1] + sign * b[1],
  a[2] + sign * b[2],
  a[3] + sign * b[3],
  a[4] + sign * b[4],
  a[5] + sign * b[5],
];

/**
 * Whether offsets can still add up to `gamma` for the part and `mu` for the rest, given the sum of
 * the rows' bounds (every row having at least one point): the summed bounds describe exactly the
 * sums that can be made (see the proof sketch above).
 */
function completable([gLo, gHi, mLo, mHi, sLo, sHi]: Bounds, gamma: number, mu: number): boolean {
  const s = gamma + mu;
  return gLo <= gamma && gamma <= gHi && mLo <= mu && mu <= mHi && sLo <= s && s <= sHi;
}

/** Rows in largest-remainder order by `fraction` (largest first, ties to the earlier row). */
function byRemainder(rows: readonly Row[], fraction: (r: Row) => Dec): Row[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => fraction(y.row).comparedTo(fraction(x.row)) || x.i - y.i)
    .map(({ row }) => row);
}

/**
 * Decides each row's `value` in `order`: up if the table can still be completed, else down.
 * Returns the new sum of the rows' bounds.
 */
function decide(
  order: readonly Row[],
  total: Bounds,
  value: (p: Point) => number,
  target: { gamma: number; mu: number },
): Bounds {
  let sum = total;
  for (const row of order) {
    const values = row.points.map(value);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    if (lo === hi) continue;
    const without = add(sum, boundsOf(row.points), -1);
    const up = row.points.filter((p) => value(p) === hi);
    const withUp = add(without, boundsOf(up));
    const chosen = completable(withUp, target.gamma, target.mu)
      ? up
      : row.points.filter((p) => value(p) === lo);
    row.points = chosen;
    sum = add(without, boundsOf(chosen));
  }
  return sum;
}

/** Rounds `value` down or up to a whole number, the other way from `rounded` (or as it is, if whole). */
function otherWay(value: Dec, rounded: Dec): Dec {
  return rounded.eq(value.floor()) ? value.ceil() : value.floor();
}

const within = (rounded: Dec, exact: Dec) => rounded.gte(exact.floor()) && rounded.lte(exact.ceil());

/**
 * The rounded totals in units: the whole's half-even; the part's half-even unless the rest
 * (whole − part) would then be more than a unit from its exact total.
 */
function unitTotals(whole: Dec, part: Dec): SplitTotals {
  const wholeTotal = whole.toDecimalPlaces(0, HALF_EVEN);
  const halfEven = part.toDecimalPlaces(0, HALF_EVEN);
  const rest = whole.minus(part);
  const partTotal = within(wholeTotal.minus(halfEven), rest) ? halfEven : otherWay(part, halfEven);
  return { whole: wholeTotal, part: partTotal, rest: wholeTotal.minus(partTotal) };
}

/** The rounded totals of a split (`dp` places), as `roundSplit` reports them. */
export function roundSplitTotals(wholeTotal: Dec, partTotal: Dec, dp = 2): SplitTotals {
  const scale = new Dec(10).pow(dp);
  const t = unitTotals(denoise(wholeTotal.times(scale), 0), denoise(partTotal.times(scale), 0));
  return { whole: t.whole.div(scale), part: t.part.div(scale), rest: t.rest.div(scale) };
}

/**
 * Rounds a whole column and its part column (the rest is whole − part) to `dp` places by the
 * controlled rounding rule above: every cell and total is its exact value rounded down or up,
 * rows add up, columns add up to their totals, totals half-even where these constraints allow.
 */
export function roundSplit(whole: readonly Dec[], part: readonly Dec[], dp = 2): SplitRounding {
  const scale = new Dec(10).pow(dp);
  const units = (d: Dec) => denoise(d.times(scale), 0);
  const rows = whole.map((w, i) => rowOf(units(w), units(part[i] ?? new Dec(0))));
  const totals = unitTotals(units(sum(whole)), units(sum(part.slice(0, whole.length))));
  const target = {
    gamma: totals.part.minus(sum(rows.map((r) => r.partFloor))).toNumber(),
    mu: totals.rest.minus(sum(rows.map((r) => r.restFloor))).toNumber(),
  };
  const start = rows.map((r) => boundsOf(r.points)).reduce((a, b) => add(a, b), NONE);
  const wholes = decide(
    byRemainder(rows, (r) => r.wholeFraction),
    start,
    (p) => p[0] + p[1],
    target,
  );
  const done = decide(
    byRemainder(rows, (r) => r.partFraction),
    wholes,
    (p) => p[0],
    target,
  );
  if (!completable(done, target.gamma, target.mu) || rows.some((r) => r.points.length !== 1))
    throw new Error('controlled rounding found no completion (a bug: one always exists)');
  const rounded = rows.map(({ partFloor, restFloor, points: [[g, m] = [0, 0]] }) => {
    const p = partFloor.plus(g).div(scale);
    const r = restFloor.plus(m).div(scale);
    return { whole: p.plus(r), part: p, rest: r };
  });
  return {
    rows: rounded,
    whole: totals.whole.div(scale),
    part: totals.part.div(scale),
    rest: totals.rest.div(scale),
  };
}
