export { ApplicationsPage } from './applications-page';
