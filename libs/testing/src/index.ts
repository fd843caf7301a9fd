export * from './fixtures.js';
export * from './tcp-proxy.js';
export * from './test-app.js';
export * from './test-worker.js';
export * from './webhook-receiver.js';
export * from './child-process.js';
export * from './clock.js';
export * from './openapi.js';
