export * from './queue.constants.js';
export * from './queue.module.js';
export * from './redis.service.js';
