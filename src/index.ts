/**
 * The package's library entry (`import … from 'golden-dome-calculator'`): the exact core and the file
 * formats (scenario and exercise files, CSV), nothing of the web app or the command line.
 */
export * from './core';
export * from './io';

/** Reads and validates the text of a scenario file: another name for `parseScenarioText`. */
export { parseScenarioText as parseScenarioFile } from './io';
