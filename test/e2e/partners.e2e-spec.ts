import { bearer, type BrandFixture, createBrandFixture, startTestApi, type TestApi } from '#testing';

describe('partners', () => {
  let api: TestApi;
  let brand: BrandFixture;
  const asManager = (): [string, string] => bearer(brand.managerKey);

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  it('creates a partner with its funnel role, active from the start', async () => {
    const response = await api
      .http()
      .post('/v1/partners')
      .set(...asManager())
      .send({
        name: 'Peak Forum',
        type: 'community',
        role: 'consideration',
        email: 'mods@peak.example',
        externalRef: 'ef-77',
      });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Peak Forum',
      type: 'community',
      role: 'consideration',
      status: 'active',
      email: 'mods@peak.example',
      externalRef: 'ef-77',
      createdAt: expect.any(String),
    });
  });

  it('refuses a second partner with the same externalRef in the brand (409)', async () => {
    const body = { name: 'Dup', type: 'content', role: 'awareness', externalRef: 'dup-1' };
    await api
      .http()
      .post('/v1/partners')
      .set(...asManager())
      .send(body)
      .expect(201);
    const again = await api
      .http()
      .post('/v1/partners')
      .set(...asManager())
      .send(body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.message).toContain('dup-1');
  });

  it.each([
    [{ name: 'X', type: 'influencer', role: 'awareness' }, 'type', /type must be one of creator, content/],
    [
      { name: 'X', type: 'creator', role: 'top' },
      'role',
      /role must be one of awareness, consideration, conversion, retention/,
    ],
    [{ type: 'creator', role: 'awareness' }, 'name', /name/],
    [{ name: 'X', type: 'creator', role: 'awareness', email: 'not-mail' }, 'email', /e-mail/],
    [{ name: 'X', type: 'creator', role: 'awareness', status: 'active' }, 'status', /not a field of this request/],
    [{ name: 'X', type: 'creator', role: 'awareness', brandId: '0193' }, 'brandId', /not a field of this request/],
  ])('refuses %j naming the field %s', async (body, field, message) => {
    const before = await api.query<{ count: string }>('SELECT count(*) FROM partners WHERE brand_id = $1', [brand.id]);
    const response = await api
      .http()
      .post('/v1/partners')
      .set(...asManager())
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const problem = response.body.error.details.find((detail: { field: string }) => detail.field === field);
    expect(problem?.message).toMatch(message);
    const after = await api.query<{ count: string }>('SELECT count(*) FROM partners WHERE brand_id = $1', [brand.id]);
    expect(after[0].count).toBe(before[0].count);
  });

  it('updates name, role, type and status, and keeps the rest', async () => {
    const { id } = brand.partners.retention;
    const response = await api
      .http()
      .patch(`/v1/partners/${id}`)
      .set(...asManager())
      .send({ role: 'conversion', type: 'cashback', status: 'suspended' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id,
      name: 'Summit Rewards',
      role: 'conversion',
      type: 'cashback',
      status: 'suspended',
    });
    const read = await api
      .http()
      .get(`/v1/partners/${id}`)
      .set(...asManager());
    expect(read.body).toMatchObject({ role: 'conversion', type: 'cashback', status: 'suspended' });
  });

  it('refuses a status outside active | suspended', async () => {
    const response = await api
      .http()
      .patch(`/v1/partners/${brand.partners.awareness.id}`)
      .set(...asManager())
      .send({ status: 'deleted' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toEqual({
      field: 'status',
      message: 'status must be one of active, suspended',
    });
  });

  it('answers 404 for an id that is not a UUID', async () => {
    const response = await api
      .http()
      .get('/v1/partners/42')
      .set(...asManager());
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  describe('listing', () => {
    let listed: BrandFixture;

    beforeAll(async () => {
      listed = await createBrandFixture(api);
      // Four fixture partners (one per role) plus three more creators in awareness.
      for (const name of ['Creator One', 'Creator Two', 'Creator Three']) {
        await api
          .http()
          .post('/v1/partners')
          .set(...bearer(listed.managerKey))
          .send({ name, type: 'creator', role: 'awareness' })
          .expect(201);
      }
    });

    it('filters by role, type and status', async () => {
      const byRole = await api
        .http()
        .get('/v1/partners?role=awareness')
        .set(...bearer(listed.managerKey));
      expect(byRole.body.data.map((p: { name: string }) => p.name)).toEqual([
        'Trail Talk Podcast',
        'Creator One',
        'Creator Two',
        'Creator Three',
      ]);
      const byType = await api
        .http()
        .get('/v1/partners?type=coupon')
        .set(...bearer(listed.managerKey));
      expect(byType.body.data.map((p: { name: string }) => p.name)).toEqual(['DealDrop Coupons']);
      const suspended = await api
        .http()
        .get('/v1/partners?status=suspended')
        .set(...bearer(listed.managerKey));
      expect(suspended.body).toEqual({ data: [], nextCursor: null });
    });

    it('pages with limit and cursor, in creation order, without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response: { status: number; body: { data: { name: string }[]; nextCursor: string | null } } = await api
          .http()
          .get(`/v1/partners?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
          .set(...bearer(listed.managerKey));
        expect(response.status).toBe(200);
        seen.push(...response.body.data.map((p: { name: string }) => p.name));
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor);
      // 7 partners at 3 a page: 3 + 3 + 1.
      expect(pages).toBe(3);
      expect(seen).toEqual([
        'Trail Talk Podcast',
        'GearLab Reviews',
        'DealDrop Coupons',
        'Summit Rewards',
        'Creator One',
        'Creator Two',
        'Creator Three',
      ]);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['role=boss', 'role'],
      ['colour=red', 'colour'],
    ])('refuses ?%s naming %s', async (query, field) => {
      const response = await api
        .http()
        .get(`/v1/partners?${query}`)
        .set(...bearer(listed.managerKey));
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    });
  });
});
