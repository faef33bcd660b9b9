export * from './roles.js';
export * from './schools.js';
export * from './limits.js';
export * from './grades.js';
export * from './live.js';
export * from './groups.js';
