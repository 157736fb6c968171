/** The calculation core's public surface. Pure and exact: no DOM, no I/O, no clock, no randomness. */
export * from './money';
export * from './units';
export * from './fx';
export * from './profile';
export * from './scenario';
export * from './source';
export * from './catalog';
export * from './reference';
export * from './problem';
export * from './baseCost';
export * from './share';
export * from './compute';
export * from './allocate';
export * from './report';
export * from './defaults';
export * from './reconcile';
export * from './exercise';
