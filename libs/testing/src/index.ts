export * from './fixtures.js';
export * from './test-app.js';
