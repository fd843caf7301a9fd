export * from './attribution/index.js';
export * from './calendar/index.js';
export * from './commissions/index.js';
export * from './money/currencies.js';
export * from './money/money.js';
export * from './partners/funnel.js';
export * from './privacy/privacy.js';
export * from './tracking/destination.js';
