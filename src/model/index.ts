export * from './types';
export * from './diagnostics';
export * from './text';
export * from './dates';
export * from './walk';
export { validateLetter, validateSchema, isValidLetter, SCHEMA_FILE } from './validate';
export { checkSemantics } from './check';
export { summarize, type LetterSummary } from './summary';
export * from './labels';
