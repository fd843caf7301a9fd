export * from './journey.js';
export * from './models.js';
export * from './rational.js';
export * from './revenue.js';
export * from './settings.js';
export * from './time-decay.js';
export * from './codes.js';
