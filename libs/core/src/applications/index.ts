export { ApplicationsModule } from './applications.module.js';
export { APPLICATION_STATUSES, PartnerApplication, type ApplicationStatus } from './application.entity.js';
export {
  type ApplicationDecision,
  type ApplicationFilter,
  ApplicationsService,
  type Approval,
  type ApprovedApplication,
  type NewApplication,
} from './applications.service.js';
