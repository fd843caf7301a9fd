export * from './caps.js';
export * from './entries.js';
export * from './kinds.js';
export * from './plan.js';
export * from './rates.js';
export * from './reversal.js';
export * from './rules.js';
export * from './settle-conversion.js';
