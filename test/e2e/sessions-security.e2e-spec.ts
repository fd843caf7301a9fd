import { loadConfig } from '#config';
import { UsersService } from '#core/accounts/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  newEmail,
  newPassword,
  sessionCookieOf,
  startTestApi,
  startTestMailbox,
  type TestApi,
} from '#testing';

describe('sign-in limits', () => {
  // A Redis prefix of this file's own, so that its counts meet nobody else's; small limits.
  let api: TestApi;
  const people: { email: string; password: string }[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      REDIS_PREFIX: `${loadConfig().REDIS_PREFIX}:sign-in-limits`,
      RATE_LIMIT_LOGIN_PER_ACCOUNT: '3',
      RATE_LIMIT_LOGIN_PER_IP: '5',
      RATE_LIMIT_LOGIN_WINDOW_SECONDS: '900',
      RATE_LIMIT_PASSWORD_RESET_PER_EMAIL: '2',
      RATE_LIMIT_PASSWORD_RESET_PER_IP: '4',
    });
    const users = api.app.get(UsersService);
    for (let i = 0; i < 2; i++) {
      const person = { email: newEmail('limited'), password: newPassword() };
      await users.create({ ...person, name: `Person ${i}` });
      people.push(person);
    }
  });
  afterAll(() => api.close());

  const login = (ip: string, email: string, password: string) =>
    api.http().post('/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('refuses an account after 3 failures (429 rate_limited, Retry-After), even with the right password', async () => {
    const [person] = people;
    const statuses: number[] = [];
    // From three addresses, so that only the account's count can be what stops it.
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      statuses.push((await login(ip, person.email, 'wrong password!')).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    const refused = await login('203.0.113.4', person.email, person.password);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(sessionCookieOf(refused)).toBeUndefined();
  });

  it('clears the account’s count on a successful sign-in', async () => {
    const [, person] = people;
    const ip = '203.0.113.20';
    // 2 failures, a success, 2 failures, a success: never 3 failures in a row, never refused.
    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) {
      statuses.push((await login(ip, person.email, 'wrong password!')).status);
      statuses.push((await login(ip, person.email, 'wrong password!')).status);
      statuses.push((await login(ip, person.email, person.password)).status);
    }
    expect(statuses).toEqual([401, 401, 200, 401, 401, 200]);
  });

  it('refuses an address after 5 failures, whatever the accounts; other addresses go on', async () => {
    const ip = '203.0.113.50';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(ip, newEmail('guess'), 'guessed password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await login('203.0.113.51', newEmail('guess'), 'guessed password')).status).toBe(401);
  });

  it('limits password-reset requests per e-mail', async () => {
    const email = newEmail('forgetful');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await api.http().post('/v1/auth/password-reset').set('X-Forwarded-For', '203.0.113.70').send({ email }))
          .status,
      );
    }
    expect(statuses).toEqual([202, 202, 429]);
  });
});

describe('the session cookie in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      NODE_ENV: 'production',
      OPERATOR_API_KEY: 'pmx_operator_production_like_secret',
      CLOCK_OFFSET_MS: '0',
    });
  });
  afterAll(() => api.close());

  it('is Secure as well', async () => {
    const person = { email: newEmail('prod'), password: newPassword() };
    await api.app.get(UsersService).create({ ...person, name: 'Prod Person' });
    const response = await api.http().post('/v1/auth/login').send(person);
    expect(response.status).toBe(200);
    const line = (response.headers['set-cookie'] as unknown as string[]).find((value) =>
      value.startsWith('pmx_session='),
    );
    expect(line?.split(';').map((part) => part.trim())).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']),
    );
  });
});

describe('an invite when the mail server is away', () => {
  let api: TestApi;
  let brand: BrandFixture;

  beforeAll(async () => {
    // A mail server that was there and is gone: connections are refused.
    const mailbox = await startTestMailbox();
    await mailbox.close();
    // The failure is logged as an error on purpose; keep the test's output quiet.
    api = await startTestApi({ SMTP_URL: mailbox.smtpUrl, MAIL_TIMEOUT_MS: '2000', LOG_LEVEL: 'fatal' });
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  it('is stored and answered with its link all the same; the failure is reported as mail: failed', async () => {
    const response = await api
      .http()
      .post(`/v1/brands/${brand.id}/invites`)
      .set(...bearer(brand.managerKey))
      .send({ email: newEmail('unmailed'), role: 'brand_manager' });
    expect(response.status).toBe(201);
    expect(response.body.mail).toBe('failed');
    expect(await api.query('SELECT id FROM invites WHERE id = $1', [response.body.id])).toHaveLength(1);
    const token = new URL(response.body.acceptUrl).searchParams.get('token');
    const accepted = await api
      .http()
      .post('/v1/auth/accept-invite')
      .send({ token, name: 'Passed On', password: newPassword() });
    expect(accepted.status).toBe(201);
  });
});
