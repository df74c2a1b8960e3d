export * from './monitor';
export * from './dates';
export * from './land-flags';
export * from './risk';
