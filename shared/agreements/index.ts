export * from './monitor';
export * from './dates';
