export { AcceptInvitePage } from './accept-invite-page';
export { ForgotPasswordPage } from './forgot-password-page';
export { LoginPage } from './login-page';
export { ResetPasswordPage } from './reset-password-page';
export { RequireSession } from './require-session';
export { authKeys, sessionQuery, useActiveMembership, useLogout, useSession, useSetActiveBrand } from './api';
