import { bearer, createBrandFixture, startTestApi, type TestApi } from '#testing';

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
    [{ landingDomains: [] }, 'landingDomains', 'landingDomains must contain at least 1 elements'],
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
});
