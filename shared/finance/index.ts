/** Money over time: discounting and the tax stream, shared by the engine and the incentive maths. */
export * from './discount';
export * from './tax';
