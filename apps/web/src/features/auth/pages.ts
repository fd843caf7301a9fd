/**
 * The signed-out pages, apart from index.ts (the session hooks every area needs) so that the
 * router can load them on first visit (app/router.tsx) without pulling them into the main chunk.
 */
export { AcceptInvitePage } from './accept-invite-page';
export { ForgotPasswordPage } from './forgot-password-page';
export { LoginPage } from './login-page';
export { ResetPasswordPage } from './reset-password-page';
