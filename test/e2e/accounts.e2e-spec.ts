import { createHash } from 'node:crypto';
import { loadConfig } from '#config';
import { UsersService } from '#core/accounts/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  linkIn,
  newEmail,
  newPassword,
  sessionCookieOf,
  signIn,
  signUpByInvite,
  startTestApi,
  startTestMailbox,
  type TestApi,
  testClock,
  type TestMailbox,
  type TestSession,
} from '#testing';

const DAY_MS = 24 * 3600 * 1000;
const base = loadConfig().PUBLIC_BASE_URL.replace(/\/+$/, '');
const tokenOf = (link: string): string => new URL(link).searchParams.get('token') as string;

describe('people: sign-in, sessions, invites and password resets', () => {
  let mailbox: TestMailbox;
  let api: TestApi;
  let brand: BrandFixture;
  let other: BrandFixture;
  let manager: TestSession & { email: string; password: string };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await startTestApi({ SMTP_URL: mailbox.smtpUrl });
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api, { name: 'Other Brand' });
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maria Manager' });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.close();
  });

  /** The public id of the session behind a cookie. */
  async function sessionIdOf(session: { cookie: string }): Promise<string> {
    const response = await api.http().get('/v1/auth/sessions').set('Cookie', session.cookie);
    expect(response.status).toBe(200);
    return response.body.data.find((entry: { current: boolean }) => entry.current).id;
  }

  describe('signing in', () => {
    it('sets a new HttpOnly, SameSite=Lax session cookie (not Secure outside production) and answers the session', async () => {
      const response = await api
        .http()
        .post('/v1/auth/login')
        .send({ email: manager.email.toUpperCase(), password: manager.password });
      expect(response.status).toBe(200);
      const line = (response.headers['set-cookie'] as unknown as string[]).find((value) =>
        value.startsWith('pmx_session='),
      );
      const attributes = line?.split(';').map((part) => part.trim()) ?? [];
      expect(attributes[0]).toMatch(/^pmx_session=[A-Za-z0-9_-]{43}$/);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=1209600']));
      expect(attributes).not.toContain('Secure');
      expect(response.body).toEqual({
        user: { id: manager.body.user.id, email: manager.email, name: 'Maria Manager', isOperator: false },
        memberships: [{ brandId: brand.id, brandName: 'Test Brand', role: 'brand_manager' }],
        activeBrandId: brand.id,
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });

      // Only a SHA-256 of the cookie's secret is stored.
      const secret = attributes[0].slice('pmx_session='.length);
      const rows = await api.query<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE user_id = $1', [
        manager.body.user.id,
      ]);
      expect(rows.map((row) => row.token_hash)).toContain(createHash('sha256').update(secret).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(secret);
    });

    it('answers an unknown e-mail exactly as a wrong password: 401 invalid_credentials', async () => {
      const unknown = await api
        .http()
        .post('/v1/auth/login')
        .send({ email: newEmail('nobody'), password: manager.password });
      const wrong = await api
        .http()
        .post('/v1/auth/login')
        .send({ email: manager.email, password: 'not the password' });
      for (const response of [unknown, wrong]) {
        expect(response.status).toBe(401);
        expect(response.body.error).toEqual({
          code: 'invalid_credentials',
          message: 'The e-mail or password is not right',
          details: [],
        });
        expect(sessionCookieOf(response)).toBeUndefined();
      }
    });

    it('never adopts the cookie a browser brings (session fixation): a new one each time, the old one ended', async () => {
      const planted = `pmx_session=${'A'.repeat(43)}`;
      const response = await api
        .http()
        .post('/v1/auth/login')
        .set('Cookie', planted)
        .send({ email: manager.email, password: manager.password });
      expect(response.status).toBe(200);
      const issued = sessionCookieOf(response);
      expect(issued).toBeDefined();
      expect(issued).not.toBe(planted);
      expect((await api.http().get('/v1/auth/session').set('Cookie', planted)).status).toBe(401);

      // Signing in again from a signed-in browser replaces its session.
      const again = await api
        .http()
        .post('/v1/auth/login')
        .set('Cookie', issued as string)
        .send({ email: manager.email, password: manager.password });
      expect(again.status).toBe(200);
      expect(sessionCookieOf(again)).not.toBe(issued);
      expect(
        (
          await api
            .http()
            .get('/v1/auth/session')
            .set('Cookie', issued as string)
        ).status,
      ).toBe(401);
      expect(
        (
          await api
            .http()
            .get('/v1/auth/session')
            .set('Cookie', sessionCookieOf(again) as string)
        ).status,
      ).toBe(200);
    });

    it('signs operators in as the operator', async () => {
      const email = newEmail('operator');
      const password = newPassword();
      await api.app.get(UsersService).create({ email, name: 'Olga Operator', password, isOperator: true });
      const operator = await signIn(api, email, password);
      expect(operator.body).toMatchObject({ user: { isOperator: true }, memberships: [], activeBrandId: null });
      expect((await api.http().get(`/v1/brands/${other.id}`).set('Cookie', operator.cookie)).status).toBe(200);
      const created = await api
        .http()
        .post('/v1/brands')
        .set('Cookie', operator.cookie)
        .set('X-CSRF-Token', operator.csrfToken)
        .send({ name: 'By Operator', currency: 'EUR', timezone: 'UTC', landingDomains: ['op.example'] });
      expect(created.status).toBe(201);
    });
  });

  describe('a session acts with the role and walls of the matching API key', () => {
    it("lets a manager's session read its brand, and answers 404 for another brand's objects", async () => {
      const partners = await api.http().get('/v1/partners').set('Cookie', manager.cookie);
      expect(partners.status).toBe(200);
      expect(partners.body.data).toHaveLength(4);

      for (const path of [
        `/v1/partners/${other.partners.awareness.id}`,
        `/v1/brands/${other.id}`,
        `/v1/brands/${other.id}/invites`,
      ]) {
        const response = await api.http().get(path).set('Cookie', manager.cookie);
        expect({ path, status: response.status, code: response.body.error?.code }).toEqual({
          path,
          status: 404,
          code: 'not_found',
        });
      }
      const invite = await api
        .http()
        .post(`/v1/brands/${other.id}/invites`)
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', manager.csrfToken)
        .send({ email: newEmail(), role: 'brand_manager' });
      expect(invite.status).toBe(404);
    });

    it("keeps a partner's session to its own portal: /v1/me is its partner, manager routes are 403", async () => {
      const partner = await signUpByInvite(api, brand.managerKey, brand.id, {
        role: 'partner',
        partnerId: brand.partners.conversion.id,
      });
      expect(partner.body.memberships).toEqual([
        { brandId: brand.id, brandName: 'Test Brand', role: 'partner', partnerId: brand.partners.conversion.id },
      ]);
      const me = await api.http().get('/v1/me').set('Cookie', partner.cookie);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(brand.partners.conversion.id);

      for (const [method, path] of [
        ['get', '/v1/partners'],
        ['get', `/v1/partners/${brand.partners.conversion.id}`],
        ['post', `/v1/brands/${brand.id}/invites`],
        ['get', `/v1/brands/${brand.id}/invites`],
      ] as const) {
        const response = await api
          .http()
          [method](path)
          .set('Cookie', partner.cookie)
          .set('X-CSRF-Token', partner.csrfToken)
          .send(method === 'post' ? { email: newEmail(), role: 'brand_manager' } : undefined);
        expect({ path, status: response.status, code: response.body.error?.code }).toEqual({
          path,
          status: 403,
          code: 'forbidden',
        });
      }
    });

    it('ends a partner session whose partner was deleted (401)', async () => {
      const created = await api
        .http()
        .post('/v1/partners')
        .set(...bearer(brand.managerKey))
        .send({ name: 'Short-lived', type: 'content', role: 'awareness' });
      const partner = await signUpByInvite(api, brand.managerKey, brand.id, {
        role: 'partner',
        partnerId: created.body.id,
      });
      expect((await api.http().get('/v1/me').set('Cookie', partner.cookie)).status).toBe(200);
      await api.query('DELETE FROM partners WHERE id = $1', [created.body.id]);
      const after = await api.http().get('/v1/me').set('Cookie', partner.cookie);
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('unauthorized');
    });
  });

  describe('CSRF', () => {
    const newPartner = { name: 'Via Session', type: 'review', role: 'consideration' };

    it('refuses a cookie-authenticated change without the session’s X-CSRF-Token (403 csrf_failed)', async () => {
      const missing = await api.http().post('/v1/partners').set('Cookie', manager.cookie).send(newPartner);
      const wrong = await api
        .http()
        .post('/v1/partners')
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', 'x'.repeat(43))
        .send(newPartner);
      for (const response of [missing, wrong]) {
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('csrf_failed');
      }
      const patched = await api
        .http()
        .patch(`/v1/partners/${brand.partners.awareness.id}`)
        .set('Cookie', manager.cookie)
        .send({ name: 'Renamed' });
      expect(patched.status).toBe(403);
      const rows = await api.query('SELECT id FROM partners WHERE brand_id = $1 AND name = $2', [
        brand.id,
        'Via Session',
      ]);
      expect(rows).toEqual([]);
    });

    it('accepts it with the token, and asks none of API keys', async () => {
      const withToken = await api
        .http()
        .post('/v1/partners')
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', manager.csrfToken)
        .send(newPartner);
      expect(withToken.status).toBe(201);
      const byKey = await api
        .http()
        .post('/v1/partners')
        .set(...bearer(brand.managerKey))
        .send(newPartner);
      expect(byKey.status).toBe(201);
    });
  });

  describe('ending sessions', () => {
    it('logs out: 204, the cookie cleared, the old cookie refused', async () => {
      const session = await signIn(api, manager.email, manager.password);
      expect((await api.http().post('/v1/auth/logout').set('Cookie', session.cookie)).status).toBe(403);
      const response = await api
        .http()
        .post('/v1/auth/logout')
        .set('Cookie', session.cookie)
        .set('X-CSRF-Token', session.csrfToken);
      expect(response.status).toBe(204);
      const cleared = (response.headers['set-cookie'] as unknown as string[]).find((line) =>
        line.startsWith('pmx_session='),
      );
      expect(cleared).toMatch(/^pmx_session=;.*Expires=Thu, 01 Jan 1970/);
      const after = await api.http().get('/v1/partners').set('Cookie', session.cookie);
      expect(after.status).toBe(401);
      expect(after.body.error.message).toMatch(/session has ended/);
    });

    it("lists one's own live sessions and ends another of them; another person's session is a 404", async () => {
      const login = await api
        .http()
        .post('/v1/auth/login')
        .set('User-Agent', 'Jest Browser/1.0')
        .send({ email: manager.email, password: manager.password });
      const first = { cookie: sessionCookieOf(login) as string, csrfToken: login.body.csrfToken as string };
      const second = await signIn(api, manager.email, manager.password);
      const list = await api.http().get('/v1/auth/sessions').set('Cookie', first.cookie);
      expect(list.status).toBe(200);
      const firstId = await sessionIdOf(first);
      const secondId = await sessionIdOf(second);
      const entries = list.body.data as { id: string; current: boolean }[];
      expect(entries.find((entry) => entry.id === firstId)).toEqual({
        id: firstId,
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        ip: expect.any(String),
        userAgent: 'Jest Browser/1.0',
        current: true,
      });
      expect(entries.find((entry) => entry.id === secondId)?.current).toBe(false);
      expect(JSON.stringify(list.body)).not.toContain(second.cookie.split('=')[1]);

      const partner = await signUpByInvite(api, brand.managerKey, brand.id, {
        role: 'partner',
        partnerId: brand.partners.retention.id,
      });
      const foreign = await api
        .http()
        .delete(`/v1/auth/sessions/${await sessionIdOf(partner)}`)
        .set('Cookie', first.cookie)
        .set('X-CSRF-Token', first.csrfToken);
      expect(foreign.status).toBe(404);
      expect((await api.http().get('/v1/me').set('Cookie', partner.cookie)).status).toBe(200);

      const revoked = await api
        .http()
        .delete(`/v1/auth/sessions/${secondId}`)
        .set('Cookie', first.cookie)
        .set('X-CSRF-Token', first.csrfToken);
      expect(revoked.status).toBe(204);
      expect((await api.http().get('/v1/partners').set('Cookie', second.cookie)).status).toBe(401);
      expect((await api.http().get('/v1/partners').set('Cookie', first.cookie)).status).toBe(200);
    });

    it('ends a session idle for 12 hours, and any session 14 days after sign-in', async () => {
      const idle = await signIn(api, manager.email, manager.password);
      const idleId = await sessionIdOf(idle);
      // 11 hours idle: still live (and seen again now).
      await api.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [
        idleId,
        new Date(testClock.now().getTime() - 11 * 3600 * 1000),
      ]);
      expect((await api.http().get('/v1/partners').set('Cookie', idle.cookie)).status).toBe(200);
      const [seen] = await api.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM sessions WHERE id = $1', [
        idleId,
      ]);
      expect(Math.abs(seen.last_seen_at.getTime() - testClock.now().getTime())).toBeLessThan(60_000);
      // 12 hours and a minute idle: ended.
      await api.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [
        idleId,
        new Date(testClock.now().getTime() - 12 * 3600 * 1000 - 60_000),
      ]);
      expect((await api.http().get('/v1/partners').set('Cookie', idle.cookie)).status).toBe(401);

      // Used a minute ago, but signed in 14 days and a minute ago: ended.
      const old = await signIn(api, manager.email, manager.password);
      const oldId = await sessionIdOf(old);
      await api.query(`UPDATE sessions SET created_at = $2, last_seen_at = $3 WHERE id = $1`, [
        oldId,
        new Date(testClock.now().getTime() - 14 * DAY_MS - 60_000),
        new Date(testClock.now().getTime() - 60_000),
      ]);
      expect((await api.http().get('/v1/partners').set('Cookie', old.cookie)).status).toBe(401);
    });
  });

  describe('invites', () => {
    it('mails an invite, shows it, and signs the new manager in on acceptance', async () => {
      const email = newEmail('invited');
      const created = await api
        .http()
        .post(`/v1/brands/${brand.id}/invites`)
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', manager.csrfToken)
        .send({ email: email.toUpperCase(), role: 'brand_manager' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        email,
        role: 'brand_manager',
        partnerId: null,
        expiresAt: expect.any(String),
        acceptUrl: expect.stringMatching(new RegExp(`^${base}/app/accept-invite\\?token=[A-Za-z0-9_-]{43}$`)),
        mail: 'sent',
      });
      const expiresIn = Date.parse(created.body.expiresAt) - testClock.now().getTime();
      expect(expiresIn).toBeGreaterThan(7 * DAY_MS - 60_000);
      expect(expiresIn).toBeLessThanOrEqual(7 * DAY_MS);

      const mail = await mailbox.waitForMail(email);
      expect(mail.subject).toBe('You are invited to Test Brand on Partnermix');
      expect(mail.text).toContain('Maria Manager invited you');
      const link = linkIn(mail, `${base}/app/accept-invite?token=`);
      expect(link).toBe(created.body.acceptUrl);
      // The token is only in the link.
      const stored = await api.query('SELECT * FROM invites WHERE id = $1', [created.body.id]);
      expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
      expect(stored[0]).toMatchObject({ invited_by: manager.body.user.id });

      const preview = await api.http().get(`/v1/auth/invites/${tokenOf(link)}`);
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual({
        email,
        role: 'brand_manager',
        brandId: brand.id,
        brandName: 'Test Brand',
        expiresAt: created.body.expiresAt,
        existingUser: false,
      });

      const password = newPassword();
      const accepted = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: tokenOf(link), name: 'Nina New', password });
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({
        user: { email, name: 'Nina New', isOperator: false },
        memberships: [{ brandId: brand.id, brandName: 'Test Brand', role: 'brand_manager' }],
        activeBrandId: brand.id,
      });
      const cookie = sessionCookieOf(accepted) as string;
      expect((await api.http().get('/v1/partners').set('Cookie', cookie)).status).toBe(200);
      expect((await signIn(api, email, password)).body.user.email).toBe(email);

      // Single use.
      const again = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: tokenOf(link), name: 'Nina New', password });
      expect(again.status).toBe(410);
      expect(again.body.error.code).toBe('invite_invalid');
      expect((await api.http().get(`/v1/auth/invites/${tokenOf(link)}`)).status).toBe(410);

      const list = await api
        .http()
        .get(`/v1/brands/${brand.id}/invites?limit=500`)
        .set(...bearer(brand.managerKey));
      expect(list.status).toBe(200);
      expect(list.body.nextCursor).toBeNull();
      expect(list.body.data.find((invite: { id: string }) => invite.id === created.body.id)).toEqual({
        id: created.body.id,
        email,
        role: 'brand_manager',
        partnerId: null,
        status: 'accepted',
        createdAt: expect.any(String),
        expiresAt: created.body.expiresAt,
        acceptedAt: expect.any(String),
      });
    });

    it('adds a membership to an existing account only with its password, switches brand, and resumes there at sign-in', async () => {
      const invite = await api
        .http()
        .post(`/v1/brands/${other.id}/invites`)
        .set(...bearer(other.managerKey))
        .send({ email: manager.email, role: 'brand_manager' });
      const token = tokenOf(invite.body.acceptUrl);
      expect((await api.http().get(`/v1/auth/invites/${token}`)).body.existingUser).toBe(true);

      const wrong = await api.http().post('/v1/auth/accept-invite').send({ token, password: 'not my password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('invalid_credentials');

      const accepted = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token, name: 'Ignored', password: manager.password });
      expect(accepted.status).toBe(201);
      expect(accepted.body.user.name).toBe('Maria Manager');
      expect(accepted.body.activeBrandId).toBe(other.id);
      expect(accepted.body.memberships).toEqual([
        { brandId: brand.id, brandName: 'Test Brand', role: 'brand_manager' },
        { brandId: other.id, brandName: 'Other Brand', role: 'brand_manager' },
      ]);
      const cookie = sessionCookieOf(accepted) as string;
      const csrf = accepted.body.csrfToken as string;
      const inOther = await api.http().get('/v1/partners').set('Cookie', cookie);
      expect(inOther.body.data.map((partner: { id: string }) => partner.id)).toContain(other.partners.awareness.id);

      const switched = await api
        .http()
        .post('/v1/auth/active-brand')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .send({ brandId: brand.id });
      expect(switched.status).toBe(200);
      expect(switched.body.activeBrandId).toBe(brand.id);
      const inBrand = await api.http().get('/v1/partners').set('Cookie', cookie);
      expect(inBrand.body.data.map((partner: { id: string }) => partner.id)).toContain(brand.partners.awareness.id);
      expect((await api.http().get('/v1/auth/session').set('Cookie', cookie)).body.activeBrandId).toBe(brand.id);

      const third = await createBrandFixture(api);
      const notMine = await api
        .http()
        .post('/v1/auth/active-brand')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .send({ brandId: third.id });
      expect(notMine.status).toBe(404);

      // The next sign-in resumes in the brand last worked in, not in the oldest membership.
      await api
        .http()
        .post('/v1/auth/active-brand')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', csrf)
        .send({ brandId: other.id })
        .expect(200);
      const again = await api.http().post('/v1/auth/login').send({ email: manager.email, password: manager.password });
      expect(again.body.activeBrandId).toBe(other.id);
    });

    it('needs a partner of the brand for a partner invite, and none for a manager invite', async () => {
      const send = (body: object): Promise<{ status: number; body: { error: { code: string; details: unknown[] } } }> =>
        api
          .http()
          .post(`/v1/brands/${brand.id}/invites`)
          .set(...bearer(brand.managerKey))
          .send(body);
      const missing = await send({ email: newEmail(), role: 'partner' });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details).toEqual([
        { field: 'partnerId', message: expect.stringContaining('required') },
      ]);
      const foreign = await send({ email: newEmail(), role: 'partner', partnerId: other.partners.awareness.id });
      expect(foreign.status).toBe(404);
      const extra = await send({ email: newEmail(), role: 'brand_manager', partnerId: brand.partners.awareness.id });
      expect(extra.status).toBe(400);
      expect(extra.body.error.details[0]).toMatchObject({ field: 'partnerId' });
      const badEmail = await send({ email: 'not-an-email', role: 'brand_manager' });
      expect(badEmail.body.error.details[0]).toMatchObject({ field: 'email' });
    });

    it('refuses an expired or withdrawn invite (410 invite_invalid); another brand cannot withdraw it', async () => {
      const make = async (): Promise<{ id: string; token: string }> => {
        const response = await api
          .http()
          .post(`/v1/brands/${brand.id}/invites`)
          .set(...bearer(brand.managerKey))
          .send({ email: newEmail(), role: 'brand_manager' });
        return { id: response.body.id, token: tokenOf(response.body.acceptUrl) };
      };
      const expired = await make();
      await api.query('UPDATE invites SET expires_at = $2 WHERE id = $1', [
        expired.id,
        new Date(testClock.now().getTime() - 60_000),
      ]);
      const late = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: expired.token, name: 'Late', password: newPassword() });
      expect(late.status).toBe(410);
      expect(late.body.error.code).toBe('invite_invalid');

      const withdrawn = await make();
      const foreign = await api
        .http()
        .delete(`/v1/invites/${withdrawn.id}`)
        .set(...bearer(other.managerKey));
      expect(foreign.status).toBe(404);
      const revoked = await api
        .http()
        .delete(`/v1/invites/${withdrawn.id}`)
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', manager.csrfToken);
      expect(revoked.status).toBe(204);
      const refused = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: withdrawn.token, name: 'Too late', password: newPassword() });
      expect(refused.status).toBe(410);
      expect((await api.http().post('/v1/auth/accept-invite').send({ token: 'garbage', password: 'x' })).status).toBe(
        410,
      );
    });

    it('holds new passwords to the policy: 10 to 256 characters, not common, not the e-mail', async () => {
      const invite = await api
        .http()
        .post(`/v1/brands/${brand.id}/invites`)
        .set(...bearer(brand.managerKey))
        .send({ email: newEmail('policy'), role: 'brand_manager' });
      const token = tokenOf(invite.body.acceptUrl);
      const email = invite.body.email as string;
      for (const [password, hint] of [
        ['short1!', 'at least 10 characters'],
        ['x'.repeat(257), 'at most 256 characters'],
        ['qwertyuiop', 'most common passwords'],
        ['Password123', 'most common passwords'],
        [email, 'e-mail'],
      ]) {
        const response = await api.http().post('/v1/auth/accept-invite').send({ token, name: 'Pat Policy', password });
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('validation_failed');
        expect(response.body.error.details).toEqual([{ field: 'password', message: expect.stringContaining(hint) }]);
      }
      // The refusals did not use the invite up.
      const fine = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token, name: 'Pat Policy', password: newPassword() });
      expect(fine.status).toBe(201);
      const missingName = await api
        .http()
        .post(`/v1/brands/${brand.id}/invites`)
        .set(...bearer(brand.managerKey))
        .send({ email: newEmail('nameless'), role: 'brand_manager' });
      const nameless = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: tokenOf(missingName.body.acceptUrl), password: newPassword() });
      expect(nameless.status).toBe(400);
      expect(nameless.body.error.details[0].field).toBe('name');
    });
  });

  describe('password reset', () => {
    it('mails a link, sets the new password, ends every session, and works once', async () => {
      const person = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
      const elsewhere = await signIn(api, person.email, person.password);

      const unknown = await api
        .http()
        .post('/v1/auth/password-reset')
        .send({ email: newEmail('nobody') });
      expect(unknown.status).toBe(202);
      const requested = await api.http().post('/v1/auth/password-reset').send({ email: person.email.toUpperCase() });
      expect(requested.status).toBe(202);
      const mail = await mailbox.waitForMail(person.email, (message) => message.subject.includes('Reset'));
      const link = linkIn(mail, `${base}/app/reset-password?token=`);

      const weak = await api
        .http()
        .post('/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(link), password: 'qwertyuiop' });
      expect(weak.status).toBe(400);
      expect(weak.body.error.details[0].field).toBe('password');

      const password = newPassword();
      const confirmed = await api
        .http()
        .post('/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(link), password });
      expect(confirmed.status).toBe(204);
      for (const session of [person, elsewhere]) {
        expect((await api.http().get('/v1/partners').set('Cookie', session.cookie)).status).toBe(401);
      }
      expect(
        (await api.http().post('/v1/auth/login').send({ email: person.email, password: person.password })).status,
      ).toBe(401);
      expect((await signIn(api, person.email, password)).body.user.email).toBe(person.email);

      const reused = await api
        .http()
        .post('/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(link), password: newPassword() });
      expect(reused.status).toBe(410);
      expect(reused.body.error.code).toBe('reset_invalid');
    });

    it('lets only the latest link work, and none after an hour', async () => {
      const person = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
      const links: string[] = [];
      for (let i = 1; i <= 2; i++) {
        await api.http().post('/v1/auth/password-reset').send({ email: person.email });
        const mail = await mailbox.waitForMail(person.email, (message) => {
          const link = message.text.includes('reset-password')
            ? linkIn(message, `${base}/app/reset-password`)
            : undefined;
          return link !== undefined && !links.includes(link);
        });
        links.push(linkIn(mail, `${base}/app/reset-password`));
      }
      const older = await api
        .http()
        .post('/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(links[0]), password: newPassword() });
      expect(older.status).toBe(410);

      await api.query(`UPDATE password_resets SET expires_at = $2 WHERE token_hash = $1`, [
        createHash('sha256').update(tokenOf(links[1])).digest('hex'),
        new Date(testClock.now().getTime() - 1000),
      ]);
      const expired = await api
        .http()
        .post('/v1/auth/password-reset/confirm')
        .send({ token: tokenOf(links[1]), password: newPassword() });
      expect(expired.status).toBe(410);
    });
  });
});
