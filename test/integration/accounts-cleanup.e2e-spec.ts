import { AccountsCleanupService } from '#core/accounts/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  newEmail,
  signIn,
  signUpByInvite,
  startTestApi,
  type TestApi,
  testClock,
  type TestSession,
} from '#testing';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The worker's purge of what can never sign anybody in again. Ended sessions and unused invites
 * are kept 30 days after they ended (sessions end at sign-out, after 12 idle hours or 14 days
 * after sign-in); reset links a day after their hour. Rows are moved back in time in the database
 * and the purge runs at the clock's now; only this file's rows are looked at.
 */
describe(AccountsCleanupService.name, () => {
  let api: TestApi;
  let brand: BrandFixture;
  let manager: TestSession & { email: string; password: string };
  let sut: AccountsCleanupService;

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    sut = api.app.get(AccountsCleanupService);
  });
  afterAll(() => api.close());

  const ago = (ms: number): Date => new Date(testClock.now().getTime() - ms);
  const exists = async (table: string, id: string): Promise<boolean> =>
    (await api.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

  async function sessionIdOf(session: TestSession): Promise<string> {
    const response = await api.http().get('/v1/auth/sessions').set('Cookie', session.cookie);
    return response.body.data.find((entry: { current: boolean }) => entry.current).id;
  }

  async function signOut(session: TestSession): Promise<void> {
    await api.http().post('/v1/auth/logout').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);
  }

  async function invite(): Promise<string> {
    const response = await api
      .http()
      .post(`/v1/brands/${brand.id}/invites`)
      .set(...bearer(brand.managerKey))
      .send({ email: newEmail(), role: 'brand_manager' });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('deletes sessions ended more than 30 days ago and keeps live and recently ended ones', async () => {
    const live = await sessionIdOf(manager);
    const signedOutToday = await signIn(api, manager.email, manager.password);
    const signedOutTodayId = await sessionIdOf(signedOutToday);
    await signOut(signedOutToday);
    const signedOutLongAgo = await signIn(api, manager.email, manager.password);
    const signedOutLongAgoId = await sessionIdOf(signedOutLongAgo);
    await signOut(signedOutLongAgo);
    await api.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1', [signedOutLongAgoId, ago(31 * DAY_MS)]);
    // Idle since 30 days and 13 hours: ended 30 days and 1 hour ago.
    const idleLongAgo = await sessionIdOf(await signIn(api, manager.email, manager.password));
    await api.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [
      idleLongAgo,
      ago(30 * DAY_MS + 13 * HOUR_MS),
    ]);
    // Idle since 29 days: ended, but within the 30 days.
    const idleRecently = await sessionIdOf(await signIn(api, manager.email, manager.password));
    await api.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [idleRecently, ago(29 * DAY_MS)]);
    // Signed in 45 days ago and seen just now: past its 14 days since 31 days.
    const tooOld = await sessionIdOf(await signIn(api, manager.email, manager.password));
    await api.query('UPDATE sessions SET created_at = $2 WHERE id = $1', [tooOld, ago(45 * DAY_MS)]);

    const result = await sut.purgeEnded();

    expect(result.sessions).toBeGreaterThanOrEqual(3);
    expect(await exists('sessions', live)).toBe(true);
    expect(await exists('sessions', signedOutTodayId)).toBe(true);
    expect(await exists('sessions', idleRecently)).toBe(true);
    expect(await exists('sessions', signedOutLongAgoId)).toBe(false);
    expect(await exists('sessions', idleLongAgo)).toBe(false);
    expect(await exists('sessions', tooOld)).toBe(false);
    // The live session still works.
    expect((await api.http().get('/v1/auth/session').set('Cookie', manager.cookie)).status).toBe(200);
  });

  it('deletes invites that expired or were withdrawn over 30 days ago unused; accepted ones stay', async () => {
    const expiredLongAgo = await invite();
    await api.query('UPDATE invites SET expires_at = $2 WHERE id = $1', [expiredLongAgo, ago(31 * DAY_MS)]);
    const expiredRecently = await invite();
    await api.query('UPDATE invites SET expires_at = $2 WHERE id = $1', [expiredRecently, ago(29 * DAY_MS)]);
    const withdrawnLongAgo = await invite();
    await api.query('UPDATE invites SET revoked_at = $2 WHERE id = $1', [withdrawnLongAgo, ago(31 * DAY_MS)]);
    const open = await invite();
    const [accepted] = await api.query<{ id: string }>('SELECT id FROM invites WHERE email = $1', [manager.email]);
    await api.query('UPDATE invites SET expires_at = $2 WHERE id = $1', [accepted.id, ago(60 * DAY_MS)]);

    await sut.purgeEnded();

    expect(await exists('invites', expiredLongAgo)).toBe(false);
    expect(await exists('invites', withdrawnLongAgo)).toBe(false);
    expect(await exists('invites', expiredRecently)).toBe(true);
    expect(await exists('invites', open)).toBe(true);
    expect(await exists('invites', accepted.id)).toBe(true);
  });

  it('deletes password-reset links a day after they expired', async () => {
    const resetsOf = () =>
      api.query<{ id: string }>(
        'SELECT r.id FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = $1 ORDER BY r.created_at',
        [manager.email],
      );
    for (let i = 0; i < 2; i += 1) {
      expect((await api.http().post('/v1/auth/password-reset').send({ email: manager.email })).status).toBe(202);
    }
    const [older, newer] = await resetsOf();
    await api.query('UPDATE password_resets SET expires_at = $2 WHERE id = $1', [older.id, ago(25 * HOUR_MS)]);

    await sut.purgeEnded();

    expect(await exists('password_resets', older.id)).toBe(false);
    expect(await exists('password_resets', newer.id)).toBe(true);
  });
});
