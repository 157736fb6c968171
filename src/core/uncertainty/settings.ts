/**
 * The simulation's settings — the number of draws and the seed — with their limits and defaults: the
 * one table the command line (its options and its help), the store's defaults, the stored state's
 * check and the form's fields are built from. Same defaults everywhere, so the browser's CSVs equal
 * the command line's.
 */
export const SIMULATION_SETTINGS = {
  /** Draws the app and the command line offer; the form's slider covers the usual part of that. */
  draws: { min: 100, max: 1_000_000, default: 10_000, slider: { min: 1000, max: 100_000, step: 1000 } },
  /** Seeds are whole numbers from 0 to 2^32 − 1 (prng.ts). */
  seed: { min: 0, max: 4_294_967_295, default: 1, slider: { min: 0, max: 4_294_967_295, step: 1 } },
} as const;

export type SimulationSetting = keyof typeof SIMULATION_SETTINGS;

/** True when `value` is a whole number within the setting's limits. */
export function isSettingValue(setting: SimulationSetting, value: unknown): value is number {
  const { min, max } = SIMULATION_SETTINGS[setting];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
