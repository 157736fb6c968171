/**
 * The package's library entry (`import … from 'golden-dome-calculator'`): the exact core and the file
 * formats (scenario and exercise files, CSV), nothing of the web app or the command line.
 */
export * from './core';
export * from './io';
