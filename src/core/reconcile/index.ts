/** "Why do the numbers differ?": the published figures reconciled step by step. */
export * from './types';
export * from './reconcile';
