import { sessionCookieOptions } from './session-cookie.js';

describe(sessionCookieOptions.name, () => {
  it('is HttpOnly, SameSite=Lax on the whole site, and Secure only in production', () => {
    expect(sessionCookieOptions(false, 3600)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
      maxAge: 3600,
    });
    expect(sessionCookieOptions(true).secure).toBe(true);
    expect(sessionCookieOptions(true)).not.toHaveProperty('maxAge');
  });
});
