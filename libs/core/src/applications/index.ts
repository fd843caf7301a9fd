export { ApplicationsModule } from './applications.module.js';
export { APPLICATION_STATUSES, PartnerApplication, type ApplicationStatus } from './application.entity.js';
export {
  type ApplicationFilter,
  ApplicationsService,
  type Approval,
  type ApprovedApplication,
  type Decider,
  type NewApplication,
  type RejectedApplication,
} from './applications.service.js';
