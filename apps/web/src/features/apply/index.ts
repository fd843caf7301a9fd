export { ApplyPage } from './apply-page';
