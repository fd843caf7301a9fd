import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../platform/index.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** The ~49,000 most common passwords (zxcvbn's list), lower-cased, loaded once. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
  return common;
}

/**
 * What is wrong with a new password, in a sentence that says what to do, or undefined when it
 * will do. Length counts characters (code points), not bytes.
 */
export function passwordProblem(password: string, email: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `password must be at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (lower === email.trim().toLowerCase()) return 'password must not be your e-mail address';
  if (commonPasswords().has(lower)) {
    return 'password is one of the most common passwords; choose one nobody would guess';
  }
  return undefined;
}

/** Throws `400 validation_failed` naming the field when the password breaks the policy. */
export function assertPasswordPolicy(password: string, email: string, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw AppError.invalidField(field, problem);
}
