export { PartnersRoutes } from './partners-routes';
