export * from './console-pages';
