/** The app state: inputs only; results derived by selectors that call the core. */
export * from './types';
export * from './form';
export * from './presets';
export * from './store';
export * from './selectors';
export { MAX_COMPARE } from './savedSlice';
export { STORAGE_KEY } from './persistence';
export { DEFAULT_SEED } from './viewSlice';
export * from './progress';
export { presentedForm } from './presented';
export * from './outlookForm';
