/** Classroom exercises: answer expressions over a scenario's outputs, checked exactly. */
export * from './types';
export * from './names';
export * from './lexer';
export * from './parser';
export * from './evaluate';
export * from './scenarioEnv';
export * from './typedNumber';
export * from './answers';
export * from './stated';
export * from './chain';
export * from './worked';
export * from './slips';
export * from './answersProblem';
export * from './yearFigures';
