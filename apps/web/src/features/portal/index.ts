export * from './portal-pages';
