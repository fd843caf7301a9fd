export { AppLayout } from './app-layout';
export { RequireArea } from './require-area';
export { type Area, NAVIGATION } from './nav';
