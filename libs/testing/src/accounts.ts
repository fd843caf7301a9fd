import { randomBytes } from 'node:crypto';
import { bearer, type TestApi } from './test-app.js';

/** A signed-in browser: its cookie header and CSRF token, for supertest requests. */
export interface TestSession {
  /** `pmx_session=<value>`, for a `Cookie` header. */
  cookie: string;
  csrfToken: string;
  /** The sign-in's body (user, memberships, activeBrandId, csrfToken). */
  body: {
    user: { id: string; email: string; name: string; isOperator: boolean };
    memberships: { brandId: string; brandName: string; role: string; partnerId?: string }[];
    activeBrandId: string | null;
    csrfToken: string;
  };
}

/** A password nobody uses, new on every call. */
export const newPassword = (): string => `correct horse ${randomBytes(6).toString('hex')}`;
/** An e-mail address no other test uses. */
export const newEmail = (name = 'person'): string => `${name}-${randomBytes(5).toString('hex')}@people.example`;

/** The `pmx_session` cookie a response sets, as `pmx_session=<value>` (undefined when none). */
export function sessionCookieOf(response: { headers: Record<string, unknown> }): string | undefined {
  const setCookie = response.headers['set-cookie'];
  const lines = Array.isArray(setCookie) ? (setCookie as string[]) : typeof setCookie === 'string' ? [setCookie] : [];
  const line = lines.find((value) => value.startsWith('pmx_session='));
  return line?.split(';')[0];
}

function sessionOf(
  response: { status: number; body: TestSession['body']; headers: Record<string, unknown> },
  what: string,
): TestSession {
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`${what}: no session cookie (${response.status} ${JSON.stringify(response.body)})`);
  return { cookie, csrfToken: response.body.csrfToken, body: response.body };
}

export async function signIn(api: TestApi, email: string, password: string): Promise<TestSession> {
  const response = await api.http().post('/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`sign in: ${response.status} ${JSON.stringify(response.body)}`);
  return sessionOf(response, 'sign in');
}

/**
 * A person with a membership of the brand, made the way people join: the manager key invites,
 * the invite is accepted (signing in). Returns the session of that sign-in.
 */
export async function signUpByInvite(
  api: TestApi,
  managerKey: string,
  brandId: string,
  person: { role: 'brand_manager' | 'partner'; partnerId?: string; email?: string; password?: string; name?: string },
): Promise<TestSession & { email: string; password: string }> {
  const email = person.email ?? newEmail(person.role);
  const password = person.password ?? newPassword();
  const invite = await api
    .http()
    .post(`/v1/brands/${brandId}/invites`)
    .set(...bearer(managerKey))
    .send({ email, role: person.role, ...(person.partnerId ? { partnerId: person.partnerId } : {}) });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);
  const token = new URL(invite.body.acceptUrl).searchParams.get('token');
  const accepted = await api
    .http()
    .post('/v1/auth/accept-invite')
    .send({ token, name: person.name ?? 'Test Person', password });
  if (accepted.status !== 201) throw new Error(`accept invite: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { ...sessionOf(accepted, 'accept invite'), email, password };
}
