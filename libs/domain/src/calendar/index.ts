export * from './durations.js';
export * from './period.js';
export { localDate, localDayBounds } from './time-zone.js';
