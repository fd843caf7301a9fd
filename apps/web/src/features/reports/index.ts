export { ReportsRoutes } from './reports-routes';
