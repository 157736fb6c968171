/** Uncertainty: ranges on a scenario's inputs, a seeded Monte Carlo simulation and a sensitivity analysis. */
export * from './range';
export * from './ranges';
export * from './prng';
export * from './settings';
export * from './distributions';
export * from './floatModel';
export * from './drawScenario';
export * from './percentile';
export * from './simulate';
export * from './sensitivity';
export * from './defaultRanges';
