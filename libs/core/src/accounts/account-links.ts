import { type AppConfig } from '#config';

/** The web app's pages that mails link to (apps/web serves them under /app/). */
export const WEB_APP_PATHS = {
  acceptInvite: '/app/accept-invite',
  resetPassword: '/app/reset-password',
  login: '/app/login',
} as const;

/** `${PUBLIC_BASE_URL}${path}?token=…`, whatever PUBLIC_BASE_URL ends with. */
export function webAppLink(config: AppConfig, path: string, token: string): string {
  return `${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;
}
