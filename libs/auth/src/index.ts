export * from './auth.guard.js';
export * from './decorators.js';
export * from './principal.js';
export * from './postback-signature.guard.js';
export * from './session-cookie.js';
