/** Locale formatting: every function reads the language's locale entry (see types.ts). */
export type { Locale, MoneyPatterns, PluralWords, Scale } from './types';
export * from './numbers';
export * from './money';
export * from './text';
