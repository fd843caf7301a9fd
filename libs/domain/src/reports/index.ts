export * from './markov.js';
export * from './partner-mix.js';
export * from './shapley.js';
