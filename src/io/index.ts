/** Text in and out: scenario files, CSV. Pure functions from data to string and back. */
export * from './migrate';
export * from './scenarioSchema';
export * from './scenarioFile';
export * from './csv';
export * from './exportCsv';
export * from './simulationCsv';
export * from './shareLink';
export * from './exerciseFile';
export * from './scenarioPatch';
export * from './wire';
export * from './answersCsv';
export * from './fileText';
export * from './savedBundle';
export { parseJsonText, type JsonTextResult } from './jsonText';
export * from './answersRead';
export * from './classResults';
export * from './classCsv';
export * from './resultJson';
