export { SettingsRoutes } from './settings-routes';
