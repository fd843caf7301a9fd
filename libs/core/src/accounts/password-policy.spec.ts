import { AppError } from '../platform/index.js';
import { assertPasswordPolicy, passwordProblem } from './password-policy.js';

describe(passwordProblem.name, () => {
  const email = 'maria@brand.example';

  it('takes 10 to 256 characters that are neither common nor the e-mail', () => {
    expect(passwordProblem('correct horse battery', email)).toBeUndefined();
    expect(passwordProblem('a'.repeat(9) + 'b', email)).toBeUndefined();
    expect(passwordProblem('x'.repeat(256), email)).toBeUndefined();
  });

  it('counts characters, not bytes', () => {
    // 10 characters, 20 bytes in UTF-8: long enough. 9 emoji: 36 bytes, too short.
    expect(passwordProblem('ééééééééé!', email)).toBeUndefined();
    expect(passwordProblem('🔑'.repeat(9), email)).toMatch(/at least 10/);
  });

  it('says what to fix', () => {
    expect(passwordProblem('short', email)).toMatch(/at least 10 characters/);
    expect(passwordProblem('x'.repeat(257), email)).toMatch(/at most 256 characters/);
    expect(passwordProblem('Password123', email)).toMatch(/most common passwords/);
    expect(passwordProblem('1234567890', email)).toMatch(/most common passwords/);
    expect(passwordProblem('MARIA@brand.example', email)).toMatch(/e-mail/);
  });
});

describe(assertPasswordPolicy.name, () => {
  it('throws 400 validation_failed naming the field', () => {
    let caught: unknown;
    try {
      assertPasswordPolicy('qwertyuiop', 'a@b.example');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('validation_failed');
    expect((caught as AppError).details).toEqual([{ field: 'password', message: expect.stringMatching(/common/) }]);
  });
});
