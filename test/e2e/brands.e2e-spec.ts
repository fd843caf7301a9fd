import { randomBytes } from 'node:crypto';
import {
  bearer,
  createBrandFixture,
  openApiDocument,
  responseSchema,
  schemaMismatches,
  signUpByInvite,
  startTestApi,
  type TestApi,
} from '#testing';

describe('brands (operator)', () => {
  let api: TestApi;
  const asOperator = (): [string, string] => bearer(api.operatorKey);
  const valid = {
    name: `Kumo Tea ${Date.now()}`,
    currency: 'JPY',
    timezone: 'Asia/Tokyo',
    landingDomains: ['kumo-tea.example'],
  };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates a brand with the default click id parameter', async () => {
    const response = await api
      .http()
      .post('/v1/brands')
      .set(...asOperator())
      .send(valid);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: valid.name,
      currency: 'JPY',
      timezone: 'Asia/Tokyo',
      landingDomains: ['kumo-tea.example'],
      clickIdParam: 'pmx_cid',
      minimumPayout: '0',
      requireSignedPostbacks: false,
      clickRetentionMonths: 13,
      slug: `kumo-tea-${valid.name.split(' ')[2]}`,
      programDescription: '',
      programTerms: '',
    });
    const read = await api
      .http()
      .get(`/v1/brands/${response.body.id}`)
      .set(...asOperator());
    expect(read.body).toEqual(response.body);
  });

  it('keeps a custom click id parameter', async () => {
    const response = await api
      .http()
      .post('/v1/brands')
      .set(...asOperator())
      .send({ ...valid, currency: 'KWD', timezone: 'Asia/Kuwait', clickIdParam: 'irclickid' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ currency: 'KWD', clickIdParam: 'irclickid' });
  });

  it.each([
    [{ currency: 'EURO' }, 'currency', 'currency must be an ISO 4217 code such as "EUR" or "USD"'],
    [{ currency: 'XAU' }, 'currency', 'currency must be an ISO 4217 code such as "EUR" or "USD"'],
    [{ timezone: 'Mars/Olympus' }, 'timezone', 'timezone must be an IANA time zone such as "Europe/Berlin"'],
    [{ landingDomains: [] }, 'landingDomains', 'landingDomains must name at least one host'],
    [
      { landingDomains: ['https://kumo.example/'] },
      'landingDomains',
      'each of landingDomains must be a lower-case host name such as "shop.example.com"',
    ],
    [
      { clickIdParam: 'a b' },
      'clickIdParam',
      'clickIdParam must be a query parameter name: letters, digits, "_" (max 32)',
    ],
    [{ plan: 'gold' }, 'plan', 'plan is not a field of this request; remove it'],
  ])('refuses %j: 400 naming %s, nothing stored', async (change, field, message) => {
    // Counted by this test's brand name: other files create brands at the same time.
    const named = (): Promise<{ count: string }[]> =>
      api.query<{ count: string }>('SELECT count(*) FROM brands WHERE name = $1', [valid.name]);
    const before = await named();
    const response = await api
      .http()
      .post('/v1/brands')
      .set(...asOperator())
      .send({ ...valid, ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details).toContainEqual({ field, message });
    const after = await named();
    expect(after[0].count).toBe(before[0].count);
  });

  it('takes a minimum payout in the brand currency, on creation and later from its manager', async () => {
    const created = await api
      .http()
      .post('/v1/brands')
      .set(...asOperator())
      .send({ ...valid, minimumPayout: '5000' });
    expect(created.status).toBe(201);
    expect(created.body.minimumPayout).toBe('5000');
    // Yen have no decimals; a negative threshold means nothing.
    const decimals = await api
      .http()
      .post('/v1/brands')
      .set(...asOperator())
      .send({ ...valid, minimumPayout: '50.00' });
    expect(decimals.status).toBe(400);
    expect(decimals.body.error.details[0].field).toBe('minimumPayout');

    const brand = await createBrandFixture(api);
    const patch = (brandId: string, key: string, body: object) =>
      api
        .http()
        .patch(`/v1/brands/${brandId}`)
        .set(...bearer(key))
        .send(body);
    const updated = await patch(brand.id, brand.managerKey, { minimumPayout: '25.00', name: 'Renamed' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ minimumPayout: '25.00', name: 'Renamed', currency: 'EUR' });
    expect((await patch(brand.id, brand.managerKey, { minimumPayout: '-1.00' })).status).toBe(400);
    expect((await patch(brand.id, brand.managerKey, { currency: 'USD' })).status).toBe(400);
    // Another brand's manager, and a partner, cannot change it.
    const other = await createBrandFixture(api);
    expect((await patch(brand.id, other.managerKey, { minimumPayout: '0' })).status).toBe(404);
    expect((await patch(brand.id, brand.partnerKey, { minimumPayout: '0' })).status).toBe(403);
    const read = await api
      .http()
      .get(`/v1/brands/${brand.id}`)
      .set(...bearer(brand.managerKey));
    expect(read.body.minimumPayout).toBe('25.00');
  });

  it('answers 404 for a brand that does not exist', async () => {
    const response = await api
      .http()
      .get('/v1/brands/01930000-0000-7000-8000-000000000000')
      .set(...asOperator());
    expect(response.status).toBe(404);
  });

  describe('slugs and the program page', () => {
    /** A name no other test file uses, so that its slug is predictable. */
    const uniqueName = (): string => `Summit Gear ${randomBytes(4).toString('hex')}`;
    const slugOf = (name: string): string => name.toLowerCase().replace(/ /g, '-');
    const create = (body: object) =>
      api
        .http()
        .post('/v1/brands')
        .set(...asOperator())
        .send({ ...valid, ...body });
    const patch = (brandId: string, key: string, body: object) =>
      api
        .http()
        .patch(`/v1/brands/${brandId}`)
        .set(...bearer(key))
        .send(body);

    it('makes the slug from the name, with "-2", "-3" on a collision, and answers it as documented', async () => {
      const name = uniqueName();
      const first = await create({ name });
      const second = await create({ name });
      const third = await create({ name: `${name}!` });
      expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
      expect([first.body.slug, second.body.slug, third.body.slug]).toEqual([
        slugOf(name),
        `${slugOf(name)}-2`,
        `${slugOf(name)}-3`,
      ]);
      const document = await openApiDocument(api);
      expect(schemaMismatches(document, responseSchema(document, 'post', '/v1/brands', '201')!, first.body)).toEqual(
        [],
      );
    });

    it('takes a slug, description and terms on creation; a taken slug is 409 conflict, nothing stored', async () => {
      const slug = slugOf(uniqueName());
      const created = await create({ slug, programDescription: 'Earn 10 %.', programTerms: 'No brand bidding.' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ slug, programDescription: 'Earn 10 %.', programTerms: 'No brand bidding.' });
      const taken = await create({ name: 'Someone Else', slug });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toMatchObject({
        code: 'conflict',
        message: `The slug "${slug}" is taken by another brand; choose another`,
      });
      expect(await api.query('SELECT id FROM brands WHERE slug = $1', [slug])).toHaveLength(1);
    });

    it.each([
      ['Kumo', 'slug must be 3-63 lower-case letters, digits and single hyphens, such as "northwind-outdoor"'],
      ['ab', 'slug must be 3-63 lower-case letters, digits and single hyphens, such as "northwind-outdoor"'],
      ['kumo--tea', 'slug must be 3-63 lower-case letters, digits and single hyphens, such as "northwind-outdoor"'],
    ])('refuses the slug %j: 400 naming slug', async (slug, message) => {
      const response = await create({ slug });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details).toContainEqual({ field: 'slug', message });
    });

    it('refuses a description over 5,000 or terms over 20,000 characters', async () => {
      const long = await create({ programDescription: 'x'.repeat(5001), programTerms: 'x'.repeat(20001) });
      expect(long.status).toBe(400);
      expect(long.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
        'programDescription',
        'programTerms',
      ]);
      expect((await create({ programDescription: 'x'.repeat(5000), programTerms: 'x'.repeat(20000) })).status).toBe(
        201,
      );
    });

    it("lets the brand's manager and the operator edit slug, description and terms; others cannot", async () => {
      const brand = await createBrandFixture(api);
      const slug = slugOf(uniqueName());
      const byManager = await patch(brand.id, brand.managerKey, {
        slug,
        programDescription: 'Outdoor gear, 8 % on every order.',
        programTerms: 'Paid monthly.',
      });
      expect(byManager.status).toBe(200);
      expect(byManager.body).toMatchObject({
        slug,
        programDescription: 'Outdoor gear, 8 % on every order.',
        programTerms: 'Paid monthly.',
      });
      const byOperator = await patch(brand.id, api.operatorKey, { programTerms: 'Paid monthly, net 30.' });
      expect(byOperator.body).toMatchObject({ slug, programTerms: 'Paid monthly, net 30.' });

      const other = await createBrandFixture(api);
      const taken = await patch(other.id, other.managerKey, { slug });
      expect(taken.status).toBe(409);
      expect(taken.body.error.message).toMatch(/taken/);
      expect((await patch(other.id, other.managerKey, { slug: 'Not A Slug' })).body.error.details).toEqual([
        {
          field: 'slug',
          message: 'slug must be 3-63 lower-case letters, digits and single hyphens, such as "northwind-outdoor"',
        },
      ]);
      expect((await patch(brand.id, other.managerKey, { slug: 'hijacked-slug' })).status).toBe(404);
      expect((await patch(brand.id, brand.partnerKey, { slug: 'hijacked-slug' })).status).toBe(403);
    });

    it('shows the program page to anyone by slug: name, slug, description, terms and currency only', async () => {
      const slug = slugOf(uniqueName());
      await create({ slug, programDescription: 'Tea for creators.', programTerms: 'Be kind.' });
      const page = await api.http().get(`/v1/public/brands/${slug}`);
      expect(page.status).toBe(200);
      expect(page.body).toEqual({
        name: valid.name,
        slug,
        programDescription: 'Tea for creators.',
        programTerms: 'Be kind.',
        currency: 'JPY',
      });
      const document = await openApiDocument(api);
      const schema = responseSchema(document, 'get', '/v1/public/brands/{brandSlug}')!;
      expect(schemaMismatches(document, schema, page.body)).toEqual([]);
      for (const unknown of ['no-such-brand-anywhere', 'NOT_A_SLUG']) {
        const missing = await api.http().get(`/v1/public/brands/${unknown}`);
        expect(missing.status).toBe(404);
        expect(missing.body.error.code).toBe('not_found');
      }
    });
  });

  describe('the list of brands', () => {
    it('lists every brand for the operator, oldest first, page by page, searchable by name or slug', async () => {
      const tag = randomBytes(4).toString('hex');
      const made: string[] = [];
      for (const name of [`Alder ${tag} Coffee`, `Birch ${tag} Tea`, `Cedar ${tag} 100% Cocoa`]) {
        const response = await api
          .http()
          .post('/v1/brands')
          .set(...asOperator())
          .send({ ...valid, name });
        made.push(response.body.id);
      }
      const list = (query: string) =>
        api
          .http()
          .get(`/v1/brands?${query}`)
          .set(...asOperator());

      const found = await list(`search=${tag}&limit=2`);
      expect(found.status).toBe(200);
      expect(found.body.data.map((brand: { id: string }) => brand.id)).toEqual(made.slice(0, 2));
      const next = await list(`search=${tag}&limit=2&cursor=${found.body.nextCursor}`);
      expect(next.body).toMatchObject({ data: [{ id: made[2], name: `Cedar ${tag} 100% Cocoa` }], nextCursor: null });
      const document = await openApiDocument(api);
      expect(schemaMismatches(document, responseSchema(document, 'get', '/v1/brands')!, found.body)).toEqual([]);

      // Any case, in the name or in the slug made from it; "%" is a percent sign, not a wildcard.
      const byName = await list(`search=${encodeURIComponent(`BIRCH ${tag.toUpperCase()}`)}`);
      expect(byName.body.data.map((brand: { id: string }) => brand.id)).toEqual([made[1]]);
      const bySlug = await list(`search=alder-${tag}-coffee`);
      expect(bySlug.body.data.map((brand: { id: string }) => brand.id)).toEqual([made[0]]);
      const percent = await list(`search=${encodeURIComponent(`${tag} 100%`)}`);
      expect(percent.body.data.map((brand: { id: string }) => brand.id)).toEqual([made[2]]);
      expect((await list(`search=${tag}%25Tea`)).body.data).toEqual([]);
    });

    it('is for the operator only: a manager by key or by session gets 403', async () => {
      const brand = await createBrandFixture(api);
      const byKey = await api
        .http()
        .get('/v1/brands')
        .set(...bearer(brand.managerKey));
      expect(byKey.status).toBe(403);
      const manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
      const bySession = await api.http().get('/v1/brands').set('Cookie', manager.cookie);
      expect(bySession.status).toBe(403);
      expect(bySession.body.error.code).toBe('forbidden');
    });
  });
});
