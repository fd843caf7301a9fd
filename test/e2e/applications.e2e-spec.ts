import { randomBytes } from 'node:crypto';
import { AppConfig } from '#config';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  freePort,
  linkIn,
  newPassword,
  openApiDocument,
  type OpenApiDocument,
  responseSchema,
  schemaMismatches,
  signUpByInvite,
  startTestApi,
  startTestMailbox,
  type TestApi,
  type TestMailbox,
} from '#testing';

interface Applicant {
  name: string;
  email: string;
  website?: string;
  type: string;
  role?: string;
  message?: string;
}

/** Partner applications: the public form of a brand's program page and the manager's decisions. */
describe('partner applications', () => {
  let api: TestApi;
  let mailbox: TestMailbox;
  let base: string;
  let brand: BrandFixture & { slug: string };
  let other: BrandFixture & { slug: string };
  let document: OpenApiDocument;

  const withSlug = async (fixture: BrandFixture): Promise<BrandFixture & { slug: string }> => {
    const read = await api
      .http()
      .get(`/v1/brands/${fixture.id}`)
      .set(...bearer(fixture.managerKey));
    return { ...fixture, slug: read.body.slug };
  };
  const applicant = (overrides: Partial<Applicant> = {}): Applicant => ({
    name: 'Alpine Ana',
    email: `ana-${randomBytes(4).toString('hex')}@creators.example`,
    website: 'https://alpine-ana.example',
    type: 'creator',
    role: 'awareness',
    message: 'I film ski touring.',
    ...overrides,
  });
  const submit = (slug: string, body: object) => api.http().post(`/v1/public/brands/${slug}/applications`).send(body);
  const asManager = (key: string) => ({
    list: (query = '') =>
      api
        .http()
        .get(`/v1/applications${query}`)
        .set(...bearer(key)),
    approve: (id: string, body: object = {}) =>
      api
        .http()
        .post(`/v1/applications/${id}/approve`)
        .set(...bearer(key))
        .send(body),
    reject: (id: string, body: object) =>
      api
        .http()
        .post(`/v1/applications/${id}/reject`)
        .set(...bearer(key))
        .send(body),
  });
  const fits = (method: string, path: string, status: string, body: unknown): string[] =>
    schemaMismatches(document, responseSchema(document, method, path, status)!, body);

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await startTestApi({ SMTP_URL: mailbox.smtpUrl });
    base = api.app.get(AppConfig).PUBLIC_BASE_URL.replace(/\/+$/, '');
    brand = await withSlug(await createBrandFixture(api));
    other = await withSlug(await createBrandFixture(api));
    document = await openApiDocument(api);
  });
  afterAll(async () => {
    await api?.close();
    await mailbox?.close();
  });

  describe('the public form', () => {
    it('takes an application without a key: 201 {id, status: "pending"}, stored with the IP network only', async () => {
      const body = applicant({ email: `Ana.${randomBytes(3).toString('hex')}@Creators.Example` });
      const response = await submit(brand.slug, body);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'pending' });
      expect(fits('post', '/v1/public/brands/{brandSlug}/applications', '201', response.body)).toEqual([]);
      const [row] = await api.query<Record<string, unknown>>('SELECT * FROM partner_applications WHERE id = $1', [
        response.body.id,
      ]);
      expect(row).toMatchObject({
        brand_id: brand.id,
        name: 'Alpine Ana',
        email: body.email.toLowerCase(),
        website: 'https://alpine-ana.example',
        type: 'creator',
        role: 'awareness',
        message: 'I film ski touring.',
        status: 'pending',
        partner_id: null,
        decided_at: null,
      });
      expect(row.ip_prefix).toMatch(/^127\.0\.0\.0\/24$|::\/48$/);
    });

    it('answers 404 for a brand slug nobody has', async () => {
      const response = await submit('no-such-program-here', applicant());
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    });

    it('refuses a second pending application from the same e-mail to the same brand: 409, whatever the case', async () => {
      const body = applicant();
      expect((await submit(brand.slug, body)).status).toBe(201);
      const again = await submit(brand.slug, { ...body, email: body.email.toUpperCase(), name: 'Ana again' });
      expect(again.status).toBe(409);
      expect(again.body.error).toEqual({
        code: 'conflict',
        message: expect.stringMatching(/already pending/),
        details: [],
      });
      // Another brand's program is another application.
      expect((await submit(other.slug, body)).status).toBe(201);
      const rows = await api.query('SELECT id FROM partner_applications WHERE email = $1', [body.email]);
      expect(rows).toHaveLength(2);
    });

    it.each([
      [{ email: 'not-an-email' }, 'email', 'email must be an e-mail address'],
      [{ type: 'influencer' }, 'type', expect.stringMatching(/^type must be one of creator, content/)],
      [{ role: 'closer' }, 'role', expect.stringMatching(/^role must be one of awareness/)],
      [{ website: 'ftp://x.example' }, 'website', expect.stringMatching(/^website must be an http\(s\) URL/)],
      [{ name: 'x'.repeat(201) }, 'name', 'name must be shorter than or equal to 200 characters'],
      [{ message: 'x'.repeat(2001) }, 'message', 'message must be shorter than or equal to 2000 characters'],
      [{ plan: 'gold' }, 'plan', 'plan is not a field of this request; remove it'],
    ])('refuses %j: 400 naming %s, nothing stored', async (change, field, message) => {
      const body = { ...applicant(), ...change };
      const response = await submit(brand.slug, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details).toContainEqual({ field, message });
      expect(await api.query('SELECT id FROM partner_applications WHERE email = $1', [body.email])).toEqual([]);
    });

    it('answers a filled spam trap like a success and stores nothing', async () => {
      const body = { ...applicant(), companyWebsite: 'https://spam.example' };
      const response = await submit(brand.slug, body);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: expect.any(String), status: 'pending' });
      expect(await api.query('SELECT id FROM partner_applications WHERE email = $1', [body.email])).toEqual([]);
    });

    it('limits applications per IP and brand: 429 rate_limited with Retry-After once over the limit', async () => {
      const limited = await startTestApi({
        RATE_LIMIT_APPLICATIONS_PER_IP: '2',
        RATE_LIMIT_APPLICATIONS_WINDOW_SECONDS: '3600',
      });
      try {
        // A brand of this test's own: the counts live in Redis, shared with the other app.
        const fresh = await withSlug(await createBrandFixture(api));
        const post = (slug: string) => limited.http().post(`/v1/public/brands/${slug}/applications`).send(applicant());
        expect((await post(fresh.slug)).status).toBe(201);
        expect((await post(fresh.slug)).status).toBe(201);
        const refused = await post(fresh.slug);
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('rate_limited');
        expect(refused.body.error.message).toMatch(/Too many applications from your address; try again in \d+ s/);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
        // Per brand: the same address may still apply elsewhere.
        expect((await post(other.slug)).status).toBe(201);
      } finally {
        await limited.close();
      }
    });
  });

  describe('the manager', () => {
    it('lists the brand’s applications filtered by status, paginated, each as documented', async () => {
      const fixture = await withSlug(await createBrandFixture(api));
      const manager = asManager(fixture.managerKey);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await submit(fixture.slug, applicant())).body.id);
      await manager.reject(ids[1], { reason: 'Not a fit.' });

      const pending = await manager.list('?status=pending');
      expect(pending.status).toBe(200);
      expect(pending.body.data.map((row: { id: string }) => row.id)).toEqual([ids[0], ids[2]]);
      expect(fits('get', '/v1/applications', '200', pending.body)).toEqual([]);
      const rejected = await manager.list('?status=rejected');
      expect(rejected.body.data).toEqual([
        expect.objectContaining({
          id: ids[1],
          status: 'rejected',
          reason: 'Not a fit.',
          decidedAt: expect.any(String),
        }),
      ]);
      const first = await manager.list('?limit=2');
      expect(first.body.data).toHaveLength(2);
      const rest = await manager.list(`?limit=2&cursor=${first.body.nextCursor}`);
      expect(rest.body).toEqual({ data: [expect.objectContaining({ id: ids[2] })], nextCursor: null });
      expect((await manager.list('?status=maybe')).status).toBe(400);
    });

    it('approves: makes the partner with the applicant’s name, e-mail, type and role, and mails them an invite', async () => {
      const body = applicant({ type: 'review', role: 'consideration' });
      const { id } = (await submit(brand.slug, body)).body;
      const response = await asManager(brand.managerKey).approve(id);
      expect(response.status).toBe(200);
      expect(fits('post', '/v1/applications/{id}/approve', '200', response.body)).toEqual([]);
      expect(response.body.application).toMatchObject({ id, status: 'approved', partnerId: response.body.partnerId });
      expect(response.body.invite).toEqual({
        id: expect.any(String),
        email: body.email,
        role: 'partner',
        partnerId: response.body.partnerId,
        expiresAt: expect.any(String),
        acceptUrl: expect.stringMatching(new RegExp(`^${base}/app/accept-invite\\?token=[A-Za-z0-9_-]{43}$`)),
        mail: 'sent',
      });
      const [row] = await api.query<{ decided_by: string }>(
        'SELECT decided_by FROM partner_applications WHERE id = $1',
        [id],
      );
      expect(row.decided_by).toMatch(/^api_key:[0-9a-f-]{36}$/);

      // The applicant gets the invite by mail, over real SMTP, and joins as that partner.
      const mail = await mailbox.waitForMail(body.email);
      expect(mail.subject).toBe('You are invited to Test Brand on Partnermix');
      const link = linkIn(mail, `${base}/app/accept-invite?token=`);
      expect(link).toBe(response.body.invite.acceptUrl);
      const accepted = await api
        .http()
        .post('/v1/auth/accept-invite')
        .send({ token: new URL(link).searchParams.get('token'), name: 'Alpine Ana', password: newPassword() });
      expect(accepted.status).toBe(201);
      expect(accepted.body.memberships).toEqual([
        expect.objectContaining({ brandId: brand.id, role: 'partner', partnerId: response.body.partnerId }),
      ]);
      const partner = await api
        .http()
        .get(`/v1/partners/${response.body.partnerId}`)
        .set(...bearer(brand.managerKey));
      expect(partner.body).toMatchObject({
        name: 'Alpine Ana',
        email: body.email,
        type: 'review',
        role: 'consideration',
        status: 'active',
      });
    });

    it('lets the manager set role and type; without a role on the application, one is required', async () => {
      const manager = asManager(brand.managerKey);
      const { id } = (await submit(brand.slug, applicant({ role: undefined, type: 'coupon' }))).body;
      const missing = await manager.approve(id);
      expect(missing.status).toBe(400);
      expect(missing.body.error.details).toEqual([
        { field: 'role', message: 'role is required: the applicant did not say which funnel role they play' },
      ]);
      // Nothing was made: still pending, no partner.
      const [row] = await api.query<{ status: string }>('SELECT status FROM partner_applications WHERE id = $1', [id]);
      expect(row.status).toBe('pending');

      const approved = await manager.approve(id, { role: 'conversion', type: 'cashback' });
      expect(approved.status).toBe(200);
      const partner = await api
        .http()
        .get(`/v1/partners/${approved.body.partnerId}`)
        .set(...bearer(brand.managerKey));
      expect(partner.body).toMatchObject({ role: 'conversion', type: 'cashback' });
    });

    it('rejects with a reason, shown on the application and mailed to the applicant', async () => {
      const body = applicant();
      const { id } = (await submit(brand.slug, body)).body;
      expect((await asManager(brand.managerKey).reject(id, {})).status).toBe(400);
      const response = await asManager(brand.managerKey).reject(id, { reason: 'We only work with ski creators.' });
      expect(response.status).toBe(200);
      expect(fits('post', '/v1/applications/{id}/reject', '200', response.body)).toEqual([]);
      expect(response.body).toMatchObject({
        id,
        status: 'rejected',
        reason: 'We only work with ski creators.',
        mail: 'sent',
      });
      const mail = await mailbox.waitForMail(body.email);
      expect(mail.subject).toBe('Your application to Test Brand on Partnermix');
      expect(mail.text).toContain('We only work with ski creators.');
      expect(mail.text).toMatch(/^Hello Alpine Ana,/);
      // No partner was made.
      expect(await api.query('SELECT id FROM partners WHERE email = $1', [body.email])).toEqual([]);
    });

    it('keeps a rejection when the mail server does not answer, and says the mail failed', async () => {
      const closed = await freePort();
      const unreachable = await startTestApi({ SMTP_URL: `smtp://127.0.0.1:${closed}`, MAIL_TIMEOUT_MS: '1000' });
      try {
        const { id } = (await submit(brand.slug, applicant())).body;
        const response = await unreachable
          .http()
          .post(`/v1/applications/${id}/reject`)
          .set(...bearer(brand.managerKey))
          .send({ reason: 'Not now.' });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ id, status: 'rejected', mail: 'failed' });
      } finally {
        await unreachable.close();
      }
    });

    it('decides for a manager signed in to the web app, who signs the invite', async () => {
      const manager = await signUpByInvite(api, brand.managerKey, brand.id, {
        role: 'brand_manager',
        name: 'Maria Manager',
      });
      const body = applicant();
      const { id } = (await submit(brand.slug, body)).body;
      const withoutCsrf = await api
        .http()
        .post(`/v1/applications/${id}/approve`)
        .set('Cookie', manager.cookie)
        .send({});
      expect(withoutCsrf.status).toBe(403);
      const response = await api
        .http()
        .post(`/v1/applications/${id}/approve`)
        .set('Cookie', manager.cookie)
        .set('X-CSRF-Token', manager.csrfToken)
        .send({});
      expect(response.status).toBe(200);
      const [row] = await api.query<{ decided_by: string }>(
        'SELECT decided_by FROM partner_applications WHERE id = $1',
        [id],
      );
      expect(row.decided_by).toBe(`user:${manager.body.user.id}`);
      const mail = await mailbox.waitForMail(body.email);
      expect(mail.text).toContain('Maria Manager invited you');
      const listed = await api.http().get('/v1/applications?status=approved&limit=500').set('Cookie', manager.cookie);
      expect(listed.body.data.map((row: { id: string }) => row.id)).toContain(id);
    });

    it('decides once: approving or rejecting a decided application is 409, and two approvals at once make one partner', async () => {
      const manager = asManager(brand.managerKey);
      const { id } = (await submit(brand.slug, applicant())).body;
      const both = await Promise.all([manager.approve(id), manager.approve(id)]);
      expect(both.map((response) => response.status).sort()).toEqual([200, 409]);
      const second = both.find((response) => response.status === 409)!;
      expect(second.body.error).toMatchObject({
        code: 'conflict',
        message: `Application "${id}" was already approved`,
      });
      expect((await manager.reject(id, { reason: 'Changed my mind.' })).status).toBe(409);
      const partners = await api.query(
        'SELECT p.id FROM partners p JOIN partner_applications a ON a.email = p.email WHERE a.id = $1',
        [id],
      );
      expect(partners).toHaveLength(1);
    });
  });

  describe('tenant walls and roles', () => {
    it("shows no other brand's applications and answers 404 for deciding them", async () => {
      const { id } = (await submit(brand.slug, applicant())).body;
      const outsider = asManager(other.managerKey);
      const listed = await outsider.list('?limit=500');
      expect(listed.body.data.map((row: { id: string }) => row.id)).not.toContain(id);
      for (const response of [
        await outsider.approve(id, { role: 'awareness' }),
        await outsider.reject(id, { reason: 'x' }),
      ]) {
        expect(response.status).toBe(404);
        expect(response.body.error).toEqual({
          code: 'not_found',
          message: `No application with id "${id}"`,
          details: [],
        });
      }
      const [row] = await api.query<{ status: string }>('SELECT status FROM partner_applications WHERE id = $1', [id]);
      expect(row.status).toBe('pending');
      expect((await asManager(brand.managerKey).approve('not-a-uuid')).status).toBe(404);
    });

    it('refuses partner and network keys on the manager routes (403), and asks for a key without one (401)', async () => {
      const { id } = (await submit(brand.slug, applicant())).body;
      for (const key of [brand.partnerKey, brand.networkKey]) {
        const as = asManager(key);
        expect((await as.list()).status).toBe(403);
        expect((await as.approve(id, { role: 'awareness' })).status).toBe(403);
        expect((await as.reject(id, { reason: 'x' })).status).toBe(403);
      }
      expect((await api.http().get('/v1/applications')).status).toBe(401);
    });
  });
});
