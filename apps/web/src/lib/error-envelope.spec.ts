import { isSessionLapse, readErrorEnvelope } from './error-envelope.js';

describe(readErrorEnvelope.name, () => {
  it('reads the code, message and details of the envelope', () => {
    const details = [{ field: 'password', message: 'is too short' }];
    expect(
      readErrorEnvelope(400, 'Bad Request', {
        error: { code: 'validation_failed', message: 'Invalid request: is too short', details },
      }),
    ).toEqual({ code: 'validation_failed', message: 'Invalid request: is too short', details });
  });

  it('falls back to the status when the body is not the envelope', () => {
    expect(readErrorEnvelope(502, 'Bad Gateway', undefined)).toEqual({
      code: 'http_502',
      message: 'The API answered 502 Bad Gateway',
      details: [],
    });
    expect(readErrorEnvelope(500, '', { error: { code: 7, details: 'x' } })).toEqual({
      code: 'http_500',
      message: 'The API answered 500',
      details: [],
    });
  });
});

describe(isSessionLapse.name, () => {
  it('treats a 401 on a signed-in call as a lapsed session', () => {
    expect(isSessionLapse(401, '/v1/applications')).toBe(true);
    expect(isSessionLapse(401, '/v1/auth/sessions')).toBe(true);
  });

  it('leaves the answers of sign-in, the session check and public pages to the page', () => {
    for (const path of [
      '/v1/auth/login',
      '/v1/auth/session',
      '/v1/auth/invites/abc',
      '/v1/auth/password-reset/confirm',
      '/v1/public/brands/x',
    ]) {
      expect(isSessionLapse(401, path)).toBe(false);
    }
    expect(isSessionLapse(403, '/v1/applications')).toBe(false);
  });
});
