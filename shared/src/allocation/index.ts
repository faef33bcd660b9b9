export * from './types.js';
export { allocateReviews } from './allocate.js';
export { assignLate, fillShortfalls, reassignStale, type FillOptions, type LateOptions } from './dynamic.js';
export { describeAllocation } from './diagnostics.js';
