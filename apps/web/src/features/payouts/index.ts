export { PayoutsRoutes } from './payouts-routes';
