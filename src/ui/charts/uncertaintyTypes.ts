/** What the simulation gives the fan and tornado charts, before it is drawn or written out. */

/** One year's percentiles of Canada's cost, billions of the display currency. */
export interface FanYear {
  readonly year: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** One input moved from its low to its high value, the others at their most likely values. */
export interface TornadoRow {
  /** The input's name as shown, e.g. "Base cost". */
  readonly input: string;
  /** The input's low and high values as shown, e.g. "US$161B" and "US$542B". */
  readonly lowInput: string;
  readonly highInput: string;
  /** Canada's total with the input at its low and at its high value, billions of the display currency. */
  readonly atLow: number;
  readonly atHigh: number;
}
