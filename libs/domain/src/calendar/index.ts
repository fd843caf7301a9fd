export * from './period.js';
export { localDate } from './time-zone.js';
