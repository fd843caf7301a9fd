/** What the API asks of a new password (API.md): checked here first so people learn it early. */
export const MIN_PASSWORD_LENGTH = 10;

export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, and not a common password.`;

export const checkNewPassword = (value: string): string | null =>
  value.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters`;
