import { HOUR_MS } from '#domain';
import { bearer, type BrandFixture, createBrandFixture, isoDaysAgo, startTestApi, type TestApi } from '#testing';

/** The UTC date ('YYYY-MM-DD') `days` before the business clock's now (after it, if negative). */
const utcDay = (days: number) => isoDaysAgo(days).slice(0, 10);

describe('commission plans', () => {
  // Three versions: the first starts a year back, sent at +01:00, so at 23:00 UTC on the day before
  // (midnight UTC less an hour); the second half a year back, at UTC midnight, is the one in force;
  // the third starts a year ahead.
  const FIRST_DAY = utcDay(365);
  const FIRST_FROM = `${FIRST_DAY}T00:00:00+01:00`;
  const FIRST_FROM_UTC = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) - HOUR_MS).toISOString();
  const SECOND_DAY = utcDay(182);
  const THIRD_DAY = utcDay(-365);
  let api: TestApi;
  let brand: BrandFixture;
  let other: BrandFixture;
  const plan = (overrides: Record<string, unknown> = {}) => ({
    effectiveFrom: FIRST_FROM,
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'role_weighted', base: 'position_based' },
    rules: [
      { role: 'awareness', cps: { rateBps: 1200 } },
      { role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '10000.00', rateBps: 700 }] } },
      { partnerType: 'creator', cps: { rateBps: 1000 }, cpa: { amount: '5.00' } },
    ],
    newCustomerBonus: { amount: '3.00' },
    caps: { perPartnerPerMonth: '5000.00' },
    ...overrides,
  });
  const publish = (body: unknown, key = brand.managerKey) =>
    api
      .http()
      .post('/v1/commission-plans')
      .set(...bearer(key))
      .send(body as object);
  const count = async (brandId: string): Promise<number> =>
    Number(
      (await api.query<{ n: string }>('SELECT count(*) AS n FROM commission_plans WHERE brand_id = $1', [brandId]))[0]
        .n,
    );

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  it('publishes a version and gives back the same terms, money as decimal strings', async () => {
    const response = await publish(plan());
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      ...plan(),
      effectiveFrom: FIRST_FROM_UTC,
      inForce: true,
      createdAt: expect.any(String),
    });
    const [row] = await api.query<{ definition: { caps: { perPartnerPerMonth: number } } }>(
      'SELECT definition FROM commission_plans WHERE id = $1',
      [response.body.id],
    );
    // Stored in minor units: 5000.00 EUR = 500000 cents.
    expect(row.definition.caps.perPartnerPerMonth).toBe(500000);
  });

  it('lists versions; only the latest one already in effect is in force', async () => {
    await publish(plan({ effectiveFrom: `${SECOND_DAY}T00:00:00Z`, lockDays: 14 })).expect(201);
    await publish(plan({ effectiveFrom: `${THIRD_DAY}T00:00:00Z` })).expect(201);
    const response = await api
      .http()
      .get('/v1/commission-plans')
      .set(...bearer(brand.managerKey));
    expect(response.status).toBe(200);
    expect(
      response.body.data.map((version: { effectiveFrom: string; inForce: boolean }) => [
        version.effectiveFrom,
        version.inForce,
      ]),
    ).toEqual([
      [FIRST_FROM_UTC, false],
      [`${SECOND_DAY}T00:00:00.000Z`, true],
      [`${THIRD_DAY}T00:00:00.000Z`, false],
    ]);
  });

  it('refuses a second version with the same start (409): versions are never changed', async () => {
    // The second version's start, written at +02:00.
    const response = await publish(plan({ effectiveFrom: `${SECOND_DAY}T02:00:00+02:00` }));
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
  });

  it.each([
    [{ caps: { perPartnerPerMonth: '50.001' } }, 'caps.perPartnerPerMonth', /EUR has 2 decimals/],
    [{ caps: { perPartnerPerMonth: 50 } }, 'caps.perPartnerPerMonth', /decimal string in EUR/],
    [{ rules: [{ role: 'awareness', cps: { rateBps: 10001 } }] }, 'rules[0].cps.rateBps', /./],
    [
      {
        rules: [
          {
            cps: {
              rateBps: 500,
              tiers: [
                { fromRevenue: '100.00', rateBps: 600 },
                { fromRevenue: '50.00', rateBps: 700 },
              ],
            },
          },
        ],
      },
      'rules[0].cps.tiers[1].fromRevenue',
      /greater than the tier before/,
    ],
    [{ rules: [{ role: 'awareness' }] }, 'rules[0]', /payment model/],
    [{ rules: [{ role: 'influencer', cps: { rateBps: 100 } }] }, 'rules[0].role', /funnel role/],
    [{ attribution: { model: 'shapley' } }, 'attribution.model', /./],
    [
      { attribution: { model: 'position_based', firstShare: 0.7, lastShare: 0.5 } },
      'attribution.lastShare',
      /at most 1 - firstShare/,
    ],
    [{ lookbackDays: 0 }, 'lookbackDays', /./],
    [{ effectiveFrom: '2026-01-01' }, 'effectiveFrom', /offset/],
    [{ rules: [{ role: 'awareness', cps: { rateBps: 100, cap: 5 } }] }, 'rules[0].cps.cap', /not a field/],
  ])('refuses %j naming %s, storing nothing', async (change, field, message) => {
    const before = await count(brand.id);
    const response = await publish(plan({ effectiveFrom: '2027-03-01T00:00:00Z', ...change }));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const messages = response.body.error.details
      .filter((detail: { field: string }) => detail.field === field)
      .map((detail: { message: string }) => detail.message);
    expect(messages).toContainEqual(expect.stringMatching(message));
    expect(await count(brand.id)).toBe(before);
  });

  it("refuses a rule for another brand's partner", async () => {
    const response = await publish(
      plan({
        effectiveFrom: '2027-04-01T00:00:00Z',
        rules: [{ partnerId: other.partners.awareness.id, cps: { rateBps: 2000 } }],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('rules[0].partnerId');
  });

  it('keeps brands apart, and is for managers only', async () => {
    const theirs = await api
      .http()
      .get('/v1/commission-plans')
      .set(...bearer(other.managerKey));
    expect(theirs.body).toEqual({ data: [], nextCursor: null });
    expect((await publish(plan(), brand.partnerKey)).status).toBe(403);
    expect((await publish(plan(), brand.networkKey)).status).toBe(403);
  });

  it('reads one version by id, for its own brand only', async () => {
    const list = await api
      .http()
      .get('/v1/commission-plans')
      .set(...bearer(brand.managerKey));
    const inForce = list.body.data.find((version: { inForce: boolean }) => version.inForce);
    const get = (id: string, key = brand.managerKey) =>
      api
        .http()
        .get(`/v1/commission-plans/${id}`)
        .set(...bearer(key));
    const one = await get(inForce.id);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(inForce);
    expect(one.body.lockDays).toBe(14);
    // Another brand's manager is told it does not exist; a partner or network key may not ask.
    const theirs = await get(inForce.id, other.managerKey);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('not_found');
    expect((await get(inForce.id, brand.partnerKey)).status).toBe(403);
    expect((await get(inForce.id, brand.networkKey)).status).toBe(403);
    expect((await get('not-an-id')).status).toBe(404);
  });

  it('takes money in the decimals of the brand currency (JPY)', async () => {
    const yen = await createBrandFixture(api, { currency: 'JPY', timezone: 'Asia/Tokyo' });
    const yenPlan = (overrides: Record<string, unknown>) =>
      plan({
        rules: [{ role: 'awareness', cpa: { amount: '500' } }],
        newCustomerBonus: { amount: '300' },
        ...overrides,
      });
    const ok = await publish(yenPlan({ caps: { perPartnerPerMonth: '500000' } }), yen.managerKey);
    expect(ok.status).toBe(201);
    expect(ok.body.caps).toEqual({ perPartnerPerMonth: '500000' });
    expect(ok.body.rules).toEqual([{ role: 'awareness', cpa: { amount: '500' } }]);
    const fractional = await publish(
      yenPlan({ effectiveFrom: '2026-02-01T00:00:00Z', newCustomerBonus: { amount: '300.5' } }),
      yen.managerKey,
    );
    expect(fractional.status).toBe(400);
    expect(fractional.body.error.details[0].field).toBe('newCustomerBonus.amount');
  });
});
