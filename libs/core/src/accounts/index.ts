export {
  type AccountsCleanupResult,
  AccountsCleanupService,
  ENDED_CREDENTIALS_KEPT_DAYS,
} from './accounts-cleanup.service.js';
export { AccountsModule } from './accounts.module.js';
export { WEB_APP_PATHS, webAppLink } from './account-links.js';
export { Invite } from './invite.entity.js';
export {
  type Acceptance,
  type CreatedInvite,
  INVITE_DAYS,
  type InvitePreview,
  InvitesService,
  type InviteStatus,
  type NewInvite,
} from './invites.service.js';
export { MembersService } from './members.service.js';
export { Membership, MEMBERSHIP_ROLES, type MembershipRole } from './membership.entity.js';
export { PasswordReset } from './password-reset.entity.js';
export { PasswordResetsService } from './password-resets.service.js';
export { assertPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.js';
export { Session } from './session.entity.js';
export { type LiveSession, type SessionClient, SessionsService, type StartedSession } from './sessions.service.js';
export { User } from './user.entity.js';
export { type MembershipView, type NewUser, normalizeEmail, UsersService } from './users.service.js';
