import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { sessionCookieOptions, sessionTokenOf } from './session-cookie.js';

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

describe(sessionTokenOf.name, () => {
  // The parser is the one the API registers (@fastify/cookie without its parsing hook).
  let server: FastifyInstance;
  beforeAll(async () => {
    server = Fastify();
    await server.register(fastifyCookie, { hook: false });
    await server.ready();
  });
  afterAll(() => server.close());

  it('reads pmx_session among other cookies, and nothing when it is absent or empty', () => {
    const token = (cookie?: string) => sessionTokenOf({ headers: cookie === undefined ? {} : { cookie }, server });
    expect(token('theme=dark; pmx_session=abc_DEF-123; lang=en')).toBe('abc_DEF-123');
    expect(token('pmx_session_old=x; theme=dark')).toBeUndefined();
    expect(token('pmx_session=')).toBeUndefined();
    expect(token()).toBeUndefined();
  });
});
