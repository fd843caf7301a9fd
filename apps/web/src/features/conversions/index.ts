export { ConversionsRoutes } from './conversions-routes';
