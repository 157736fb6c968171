/** Languages, messages and locale-aware formatting. */
export * from './lang';
export * from './translate';
export * from './languages';
export * from './locale';
export * from './typedNumber';
export type { MessageKey, Messages } from './messages';
export * from './reconcileText';
export * from './catalogText';
export * from './workingText';
export * from './fieldNames';
export * from './classText';
export * from './chainText';
export * from './plural';
export * from './outlookText';
