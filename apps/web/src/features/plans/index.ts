export { PlansRoutes } from './plans-routes';
